package org.sitrep.cli;

import org.sitrep.Pipeline;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the theatre pack, the shared reference data and the gazetteer index are; defaults beside the checkout. */
final class TheatreOptions {
    @Option(names = "--pack", description = "theatre pack folder (default: packs/syria of the sitrep home)")
    Path pack;

    @Option(names = "--shared", description = "reference data folder (default: ../shared of the sitrep home)")
    Path shared;

    @Option(names = "--gazetteer", description = "gazetteer index folder (default: .sitrep/gazetteer of the sitrep home); built on first use")
    Path gazetteer;

    static Path home() {
        String h = System.getProperty("sitrep.home");
        return Path.of(h == null ? "." : h).toAbsolutePath().normalize();
    }

    Pipeline.Theatre theatre() {
        // the default layout checks that ../shared exists: only ask for it when --shared does not say where the data is
        Pipeline.Theatre d = shared == null ? Pipeline.Theatre.syria(home())
                : new Pipeline.Theatre(home().resolve("packs/syria"), shared, home().resolve(".sitrep/gazetteer"), "SY");
        return new Pipeline.Theatre(pack == null ? d.packDir() : pack, shared == null ? d.sharedDir() : shared,
                gazetteer == null ? d.gazetteerDir() : gazetteer, d.countryCode());
    }
}
