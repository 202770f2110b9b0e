package io.hedgecone.llm.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;

import java.nio.file.Path;

/**
 * Opens an ONNX Runtime session on CUDA or CPU. CUDA is tried when asked for (or, with AUTO, when this ONNX Runtime
 * build has it); if the provider cannot be added or the session cannot be created with it (no GPU, no CUDA 12 /
 * cuDNN libraries), the session is opened on CPU and a warning says why.
 */
final class SessionFactory {
    private static final System.Logger LOG = System.getLogger("io.hedgecone.llm");

    /** A session and the provider it runs on ("CUDA" or "CPU"). */
    record Opened(OrtSession session, String provider) {}

    private SessionFactory() {}

    static Opened open(OrtEnvironment env, Path model, OnnxOptions.Provider choice) throws OrtException {
        boolean cudaBuilt = OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
        boolean tryCuda = choice == OnnxOptions.Provider.CUDA || (choice == OnnxOptions.Provider.AUTO && cudaBuilt);
        if (tryCuda) {
            try (OrtSession.SessionOptions o = new OrtSession.SessionOptions()) {
                o.addCUDA(0);
                return new Opened(env.createSession(model.toString(), o), "CUDA");
            } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
                LOG.log(System.Logger.Level.WARNING, "CUDA execution provider unavailable ("
                        + (cudaBuilt ? "" : "this is the CPU build of ONNX Runtime; build with -Pgpu for CUDA; ")
                        + firstLine(e) + "); running " + model.getFileName() + " on CPU");
            }
        }
        try (OrtSession.SessionOptions o = new OrtSession.SessionOptions()) {
            return new Opened(env.createSession(model.toString(), o), "CPU");
        }
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
