package io.hedgecone.solver.api;

/** Direction of the objective. */
public enum ObjectiveSense { MINIMIZE, MAXIMIZE }
