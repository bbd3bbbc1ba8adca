using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Verification.Checks;

namespace SiteGen.Verification;

/// <summary>
/// Runs every check over a built site and turns findings into diagnostics named <c>DISPLAY/page(line,col)</c>.
/// Each page is parsed once, in parallel; its page checks run at once and only its <see cref="PageFacts"/> are
/// kept, so memory stays flat however many pages there are. Whole-site checks run last, over the facts.
/// The diagnostics do not depend on the order pages were checked in (the bag sorts them).
/// </summary>
public sealed class SiteVerifier(IReadOnlyList<ISiteCheck> checks)
{
    public static IReadOnlyList<ISiteCheck> AllChecks { get; } =
    [
        new ParseCheck(), new LinkCheck(), new AnchorCheck(), new LangCheck(), new TitleCheck(), new SingleH1Check(),
        new DescriptionCheck(), new CanonicalCheck(), new ArticlesLinkedCheck(), new ScriptCheck(),
        new InlineHandlerCheck(), new JavascriptUrlCheck(), new CspCheck(),
    ];

    public static SiteVerifier Default { get; } = new(AllChecks);

    /// <summary>How many pages are parsed at once; 0 means one per core.</summary>
    public int Parallelism { get; init; }

    /// <summary>Verifies the site in folder <paramref name="root"/>; returns the number of error findings.</summary>
    public int Verify(string root, string baseUrl, string displayRoot, DiagnosticBag diagnostics)
    {
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
        return Verify(files, path => File.ReadAllText(Path.Combine(root, path)), baseUrl, displayRoot, diagnostics);
    }

    /// <summary>Verifies a site held in memory (path → bytes), as a build or `serve` has it before anything is written.</summary>
    public int Verify(IReadOnlyDictionary<string, byte[]> site, string baseUrl, string displayRoot, DiagnosticBag diagnostics) =>
        Verify(site.Keys.ToHashSet(StringComparer.Ordinal), path => Encoding.UTF8.GetString(site[path]), baseUrl, displayRoot, diagnostics);

    public int Verify(IReadOnlySet<string> files, Func<string, string> readPage, string baseUrl, string displayRoot, DiagnosticBag diagnostics)
    {
        var pages = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var pageChecks = checks.Where(c => !c.WholeSite).ToList();
        var facts = new PageFacts[pages.Length];
        var noFacts = new Dictionary<string, PageFacts>();
        var errors = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism > 0 ? Parallelism : Environment.ProcessorCount };
        Parallel.For(0, pages.Length, options, i =>
        {
            var page = SiteSnapshot.ParsePage(pages[i], readPage(pages[i]));
            var view = new SiteSnapshot(baseUrl, files, [page], noFacts);
            var found = 0;
            foreach (var check in pageChecks) found += Report(check, check.Run(view), displayRoot, diagnostics);
            facts[i] = PageFacts.Of(page);
            Interlocked.Add(ref errors, found);
        });

        var site = new SiteSnapshot(baseUrl, files, [], facts.ToDictionary(f => f.Path, StringComparer.Ordinal));
        foreach (var check in checks.Where(c => c.WholeSite)) errors += Report(check, check.Run(site), displayRoot, diagnostics);
        return errors;
    }

    /// <summary>Adds the findings as diagnostics; returns how many count as errors.</summary>
    private static int Report(ISiteCheck check, IEnumerable<Finding> findings, string displayRoot, DiagnosticBag diagnostics)
    {
        var errors = 0;
        foreach (var finding in findings)
        {
            diagnostics.Add(new Diagnostic(check.Severity, check.Code, $"{displayRoot}/{finding.Path}", finding.Line, finding.Column, finding.Message, finding.Fix));
            if (check.Severity == Severity.Error) errors++;
        }
        return errors;
    }
}
