package io.hedgecone.bandits.instance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class InstanceReaderTest {
    static BanditInstance parse(String json) throws IOException { return InstanceReader.parse(json, null, "t"); }

    static InstanceException error(String json) {
        return assertThrows(InstanceException.class, () -> parse(json));
    }

    @Test void readsTheIssueExample() throws IOException {
        BanditInstance in = parse("""
                {"name": "two-arm", "delta": 0.1, "features": [[1, 0], [0, 1]],
                 "posterior": {"type": "gaussian", "mean": [0.0, -0.2], "covariance": [[1e-6, 0], [0, 1]]}}""");
        assertEquals("two-arm", in.name());
        assertEquals(2, in.arms());
        assertEquals(2, in.dim());
        assertFalse(in.multiArmed());
        assertEquals(-0.2, ((PosteriorSpec.Gaussian) in.posterior()).mean()[1]);
    }

    @Test void featuresAbsentMeansMultiArmedWithKFromTheMean() throws IOException {
        BanditInstance in = parse("""
                {"delta": 0.05, "posterior": {"type": "gaussian", "mean": [1, 2, 3], "cholesky": [[1,0,0],[0,1,0],[0,0,1]]}}""");
        assertTrue(in.multiArmed());
        assertEquals(3, in.arms());
        assertEquals("t", in.name());
    }

    @Test void nonPsdCovarianceNamesTheField() {
        InstanceException e = error("""
                {"delta": 0.1, "posterior": {"type": "gaussian", "mean": [0, 0], "covariance": [[1, 2], [2, 1]]}}""");
        assertEquals("posterior.covariance", e.field());
        assertTrue(e.getMessage().contains("not positive semidefinite"), e.getMessage());
    }

    @Test void asymmetricCovarianceIsRejected() {
        assertEquals("posterior.covariance", error("""
                {"delta": 0.1, "posterior": {"type": "gaussian", "mean": [0, 0], "covariance": [[1, 0.5], [0, 1]]}}""").field());
    }

    @Test void wrongDimensionsNameTheField() {
        assertEquals("features[0]", error("""
                {"delta": 0.1, "features": [[1, 0, 0]], "posterior": {"type": "gaussian", "mean": [0, 0], "covariance": [[1, 0], [0, 1]]}}""").field());
        assertEquals("posterior.covariance", error("""
                {"delta": 0.1, "posterior": {"type": "gaussian", "mean": [0, 0, 0], "covariance": [[1, 0], [0, 1]]}}""").field());
        assertEquals("features[1]", error("""
                {"delta": 0.1, "features": [[1, 0], [1]], "posterior": {"type": "gaussian", "mean": [0, 0], "covariance": [[1, 0], [0, 1]]}}""").field());
        assertEquals("posterior.covariance[1]", error("""
                {"delta": 0.1, "posterior": {"type": "gaussian", "mean": [0, 0], "covariance": [[1, 0], [0]]}}""").field());
        assertEquals("arms", error("""
                {"arms": 3, "delta": 0.1, "posterior": {"type": "gaussian", "mean": [0, 0], "covariance": [[1, 0], [0, 1]]}}""").field());
    }

    @Test void deltaOutsideTheOpenIntervalIsRejected() {
        for (String d : new String[]{"0", "0.5", "0.7", "-0.1"})
            assertEquals("delta", error("{\"delta\": " + d + ", \"posterior\": {\"type\": \"gaussian\", \"mean\": [0], \"covariance\": [[1]]}}").field(), d);
    }

    @Test void nanNamesTheExactEntry() {
        assertEquals("posterior.covariance[0][1]", error("""
                {"delta": 0.1, "posterior": {"type": "gaussian", "mean": [0, 0], "covariance": [[1, NaN], [0, 1]]}}""").field());
        assertEquals("features[0][0]", error("""
                {"delta": 0.1, "features": [[NaN]], "posterior": {"type": "gaussian", "mean": [0], "covariance": [[1]]}}""").field());
    }

    @Test void dataPosteriorIsValidated() {
        String base = """
                {"delta": 0.1, "data": {"prior": {"mean": [0, 0], "covariance": [[1, 0], [0, 1]]}, "noise_sd": %s,
                 "actions": %s, "rewards": %s}}""";
        assertEquals("data.actions[1]", error(String.format(base, "0.5", "[0, 2]", "[1, 2]")).field());
        assertEquals("data.rewards", error(String.format(base, "0.5", "[0, 1]", "[1]")).field());
        assertEquals("data.noise_sd", error(String.format(base, "0", "[0]", "[1]")).field());
    }

    @Test void betaPosteriorIsValidated() throws IOException {
        assertEquals("posterior.alpha[1]", error("""
                {"delta": 0.1, "posterior": {"type": "beta", "alpha": [1, -1], "beta": [1, 1]}}""").field());
        assertEquals("features", error("""
                {"delta": 0.1, "features": [[1]], "posterior": {"type": "beta", "alpha": [1], "beta": [1]}}""").field());
        BanditInstance in = parse("""
                {"delta": 0.1, "posterior": {"type": "beta", "alpha": [2, 3], "beta": [5, 1]}}""");
        assertEquals("sub-gaussian", ((PosteriorSpec.Beta) in.posterior()).varianceProxy());
    }

    @Test void unknownFieldsAndTypesAreNamed() {
        assertEquals("posteriour", error("{\"delta\": 0.1, \"posteriour\": {}}").field());
        assertEquals("posterior.type", error("{\"delta\": 0.1, \"posterior\": {\"type\": \"cauchy\"}}").field());
        assertEquals("posterior", error("{\"delta\": 0.1}").field());
    }

    @Test void samplesFileIsResolvedRelativeToTheInstance(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("draws.csv"), "theta0,theta1\n0.1,0.2\n0.3,-0.4\n# comment\n0.5,0.6\n");
        Path inst = dir.resolve("s.json");
        Files.writeString(inst, "{\"delta\": 0.2, \"posterior\": {\"type\": \"samples\", \"file\": \"draws.csv\"}}");
        BanditInstance in = InstanceReader.read(inst);
        double[][] draws = ((PosteriorSpec.Samples) in.posterior()).draws();
        assertEquals(3, draws.length);
        assertEquals(-0.4, draws[1][1]);
        assertEquals("s", in.name());
        Files.writeString(dir.resolve("draws.csv"), "0.1,0.2\n0.3\n");
        InstanceException e = assertThrows(InstanceException.class, () -> InstanceReader.read(inst));
        assertEquals("posterior.file", e.field());
    }

    @Test void writerRoundTrips() throws IOException {
        BanditInstance in = parse("""
                {"name": "rt", "delta": 0.1, "features": [[1, 0.5], [0, 1]],
                 "data": {"prior": {"mean": [0, 0], "covariance": [[1, 0], [0, 1]]}, "noise_sd": 0.5, "actions": [0, 1, 1], "rewards": [0.3, -1, 2]}}""");
        BanditInstance back = parse(InstanceWriter.toJson(in));
        assertEquals(InstanceWriter.toJson(in), InstanceWriter.toJson(back));
        PosteriorSpec.Data d = (PosteriorSpec.Data) back.posterior();
        assertArrayEquals(new int[]{0, 1, 1}, d.actions());
    }
}
