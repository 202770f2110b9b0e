package io.hedgecone.solver.io;

/** Something that knows the current file and line and can build the error to throw there. */
interface Where {
    ModelFormatException error(String detail);
}
