package org.sitrep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's peak resident set (Linux VmHWM): what the machine had to give, not what the heap says, so the
 * models' native and off-heap memory count too.
 */
public final class PeakMemory {
    private PeakMemory() {}

    /** Peak RSS of this process in MB, or -1 where /proc is not there (not Linux). */
    public static long peakRssMb() {
        try {
            return vmHwmMb(Files.readString(Path.of("/proc/self/status")));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The VmHWM line of a /proc/PID/status text, in MB (the kernel writes kB). */
    public static long vmHwmMb(String status) {
        for (String line : status.split("\n")) {
            if (!line.startsWith("VmHWM:")) continue;
            String[] parts = line.substring(6).trim().split("\\s+");
            long value = Long.parseLong(parts[0]);
            String unit = parts.length > 1 ? parts[1] : "kB";
            if (!unit.equalsIgnoreCase("kB")) throw new IllegalArgumentException("VmHWM in unexpected unit: " + line);
            return Math.round(value / 1024.0);
        }
        throw new IllegalArgumentException("no VmHWM line in the status text");
    }
}
