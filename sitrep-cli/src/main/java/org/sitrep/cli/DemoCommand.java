package org.sitrep.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** `sitrep demo`: the whole path in one command — articles into the embedded store, then the map over it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests articles (default: the corpus in ../shared/corpus) into the embedded DuckDB store and serves the",
                "web map over it; prints the address to open. Articles already in the store are skipped, so it restarts fast."})
public final class DemoCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "files, folders or - (default: ../shared/corpus)")
    List<String> inputs;

    @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE})") int port;
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE})") String host;

    @Mixin
    StoreOptions store;

    @Mixin
    DocumentTimeLimitOption timeLimit;

    @Mixin
    DocumentSizeLimitOption sizeLimit;

    @Mixin
    TheatreOptions theatre;

    @Override
    public Integer call() throws Exception {
        IngestCommand ingest = new IngestCommand();
        ingest.inputs = inputs == null || inputs.isEmpty()
                ? List.of(theatre.theatre().sharedDir().resolve("corpus").toString()) : inputs;
        ingest.store = store;
        ingest.timeLimit = timeLimit;
        ingest.sizeLimit = sizeLimit;
        ingest.theatre = theatre;
        int code = ingest.call();
        if (code != 0) return code;
        ServeCommand serve = new ServeCommand();
        serve.port = port;
        serve.host = host;
        serve.store = store;
        serve.timeLimit = timeLimit;
        serve.theatre = theatre;
        return serve.call();
    }
}
