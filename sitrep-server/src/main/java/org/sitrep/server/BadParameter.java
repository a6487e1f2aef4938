package org.sitrep.server;

/** A request parameter the API cannot use: answered 400 with the parameter's name. */
public final class BadParameter extends RuntimeException {
    private final String parameter;

    public BadParameter(String parameter, String problem) {
        super(problem);
        this.parameter = parameter;
    }

    public String parameter() { return parameter; }
}
