using System.Text;
using SiteGen.Verification;
using SiteGen.Verification.Model;

namespace SiteGen.Benchmarks;

/// <summary>
/// What the page checks of the verify stage allocate: every page of a built site is read into memory first, then
/// checked on one thread (as <see cref="SiteVerifier"/> checks each page) while the allocation ticks are counted.
/// Prints the bytes and CPU time per page for decoding and for checking apart, and the types by share of the ticks.
/// </summary>
public static class VerifyProbe
{
    public static void Run(TextWriter output, string site, string baseUrl)
    {
        var files = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site, f).Replace('\\', '/'), f => f, StringComparer.Ordinal);
        var pages = files.Keys.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => (Path: f, Bytes: File.ReadAllBytes(files[f]))).ToList();
        var verifier = new PageVerifier([.. SiteVerifier.AllChecks.OfType<IPageCheck>()]);
        var snapshot = new SiteSnapshot(baseUrl, files.Keys.ToHashSet(StringComparer.Ordinal), new Dictionary<string, PageFacts>());
        foreach (var (path, bytes) in pages.Take(20)) verifier.Check(snapshot, path, Encoding.UTF8.GetString(bytes));

        var (decodeBytes, decodeSeconds) = Measure(() => { foreach (var page in pages) Encoding.UTF8.GetString(page.Bytes); });
        using var listener = new AllocationTicks();
        var findings = 0;
        var (checkBytes, checkSeconds) = Measure(() =>
        {
            foreach (var (path, bytes) in pages) findings += verifier.Check(snapshot, path, Encoding.UTF8.GetString(bytes)).Findings.Count;
        });
        var kb = pages.Sum(p => (long)p.Bytes.Length) / 1024.0 / pages.Count;
        output.WriteLine($"{pages.Count} pages of {kb:F0} KB on average, {findings} findings");
        output.WriteLine($"decode: {decodeBytes / pages.Count / 1024.0:F0} KB allocated and {decodeSeconds * 1000 / pages.Count:F2} CPU-ms per page");
        output.WriteLine($"decode and check: {checkBytes / pages.Count / 1024.0:F0} KB allocated and {checkSeconds * 1000 / pages.Count:F2} CPU-ms per page");
        listener.Print(output, 25);
    }

    private static (long Bytes, double Seconds) Measure(Action work)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        work();
        return (GC.GetAllocatedBytesForCurrentThread() - before,
            (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }
}
