using Xunit;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Compares output with a golden file beside the fixture. On a mismatch the actual text is written next to it as
/// <c>*.received.txt</c> (git-ignored) so the difference can be diffed; <c>SITEGEN_ACCEPT=1</c> overwrites the golden
/// file instead, except under CI (<c>CI=true</c>), where a golden file is never rewritten.
/// </summary>
internal static class GoldenFile
{
    public static void AssertMatches(string path, string actual)
    {
        var received = Path.ChangeExtension(path, ".received.txt");
        var expected = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }
        if (Accepting)
        {
            File.WriteAllText(path, actual, FixtureSite.Utf8);
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual, FixtureSite.Utf8);
        Assert.Fail($"{Path.GetRelativePath(FixtureSite.FixturesFolder, path)} differs from the build's output; see {Path.GetFileName(received)} beside it.\n"
            + $"--- expected\n{expected ?? "(missing)"}\n--- actual\n{actual}");
    }

    private static bool Accepting =>
        Environment.GetEnvironmentVariable("SITEGEN_ACCEPT") == "1"
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
