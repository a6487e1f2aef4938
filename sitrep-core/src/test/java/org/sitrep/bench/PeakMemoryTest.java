package org.sitrep.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeakMemoryTest {
    @Test
    void readsVmHwmInMegabytes() {
        String status = "Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t  2097152 kB\nVmRSS:\t 1000000 kB\n";
        assertEquals(2048, PeakMemory.vmHwmMb(status));
    }

    @Test
    void aStatusWithoutThePeakIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> PeakMemory.vmHwmMb("Name:\tjava\nVmRSS:\t 10 kB\n"));
    }

    @Test
    void thisJvmHasAPeakAtLeastAsBigAsItsHeapInUse() {
        long peak = PeakMemory.peakRssMb();
        if (peak < 0) return; // not Linux
        Runtime rt = Runtime.getRuntime();
        long used = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        assertTrue(peak >= used, "peak " + peak + " MB, heap in use " + used + " MB");
    }
}
