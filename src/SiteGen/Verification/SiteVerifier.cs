using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Output;
using SiteGen.Reuse;
using SiteGen.Verification.Checks;
using SiteGen.Verification.Model;

namespace SiteGen.Verification;

/// <summary>
/// Runs every check over a built site and turns findings into diagnostics named <c>DISPLAY/page(line,col)</c>.
/// Each page is read once, in parallel, by a <see cref="PageVerifier"/>; only its findings and <see cref="PageFacts"/>
/// are kept, so memory stays flat however many pages there are. Whole-site checks run last, over the facts.
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

    /// <summary>
    /// Verdicts of pages verified before, by page bytes, path and base URL. A build passes the site's cache, so a
    /// rebuild parses only the pages whose bytes changed.
    /// </summary>
    public IReuse<PageCheck, PageVerdict> Verdicts { get; init; } = NoReuse<PageCheck, PageVerdict>.Instance;

    /// <summary>Verifies the site in folder <paramref name="root"/>; returns the number of error findings.</summary>
    public int Verify(string root, string baseUrl, string displayRoot, DiagnosticBag diagnostics)
    {
        // Listed by FolderWalker: a pipe named like a page is never opened, a link out of the folder never followed.
        var walked = FolderWalker.Walk(root, diagnostics.Under(displayRoot), _ => true, skipHidden: false).Files
            .ToDictionary(f => f.RelativePath, f => f.FullPath, StringComparer.Ordinal);
        var errors = 0;
        if (SiteManifest.Read(root) is { } manifest)
        {
            var check = new ManifestCheck();
            errors += Report(check.Code, check.Severity, check.Run(manifest, walked), displayRoot, diagnostics);
        }
        return errors + Verify(walked.Keys.ToHashSet(StringComparer.Ordinal), path => File.ReadAllBytes(walked[path]), baseUrl, displayRoot, diagnostics);
    }

    /// <summary>
    /// Verifies a site held in memory, as a build has it before anything is written. Verdicts are looked up by each
    /// file's <see cref="OutputFile.Hash"/>, the hash the build also records and writes by, so it is computed once.
    /// </summary>
    public int Verify(IReadOnlyList<OutputFile> site, string baseUrl, string displayRoot, DiagnosticBag diagnostics)
    {
        var byPath = site.ToDictionary(f => f.Path, StringComparer.Ordinal);
        return Verify(byPath.Keys.ToHashSet(StringComparer.Ordinal), path => byPath[path].Content, baseUrl, displayRoot, diagnostics,
            path => byPath[path].Hash);
    }

    /// <summary>Verifies the files named, read by <paramref name="readPage"/>; <paramref name="hashOf"/> gives a page's SHA-256 when known.</summary>
    public int Verify(IReadOnlySet<string> files, Func<string, byte[]> readPage, string baseUrl, string displayRoot, DiagnosticBag diagnostics,
        Func<string, string>? hashOf = null)
    {
        var pages = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var byCode = checks.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var pageVerifier = new PageVerifier([.. checks.OfType<IPageCheck>()]);
        var pageSite = new SiteSnapshot(baseUrl, files, new Dictionary<string, PageFacts>());
        var facts = new PageFacts[pages.Length];
        var errors = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism > 0 ? Parallelism : Environment.ProcessorCount };
        Parallel.For(0, pages.Length, options, i =>
        {
            // With the hash known, a page whose earlier verdict stands is never read (a reused page stays on disk).
            var path = pages[i];
            var verdict = Verdicts.GetOrMake(new PageCheck(path, baseUrl, () => readPage(path), hashOf is null ? null : () => hashOf(path)),
                page => pageVerifier.Check(pageSite, page.Path, Encoding.UTF8.GetString(page.Bytes)));
            var found = verdict.Findings.Sum(f => byCode.TryGetValue(f.Code, out var check)
                ? Report(check, [new Finding(pages[i], f.Line, f.Column, f.Message, f.Fix)], displayRoot, diagnostics) : 0);
            facts[i] = verdict.FactsFor(pages[i]);
            Interlocked.Add(ref errors, found);
        });
        Verdicts.Commit();

        var xml = new XmlCheck();
        foreach (var file in files.Where(f => f.EndsWith(".xml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            errors += Report(xml.Code, xml.Severity, xml.Run(file, readPage(file)), displayRoot, diagnostics);

        var site = new SiteSnapshot(baseUrl, files, facts.ToDictionary(f => f.Path, StringComparer.Ordinal));
        foreach (var check in checks.OfType<IWholeSiteCheck>())
            errors += Report(check, check.Run(site), displayRoot, diagnostics);
        return errors;
    }

    /// <summary>Adds the findings as diagnostics; returns how many count as errors.</summary>
    private static int Report(ISiteCheck check, IEnumerable<Finding> findings, string displayRoot, DiagnosticBag diagnostics) =>
        Report(check.Code, check.Severity, findings, displayRoot, diagnostics);

    private static int Report(string code, Severity severity, IEnumerable<Finding> findings, string displayRoot, DiagnosticBag diagnostics)
    {
        var errors = 0;
        foreach (var finding in findings)
        {
            diagnostics.Add(new Diagnostic(severity, code, $"{displayRoot}/{finding.Path}", finding.Line, finding.Column, finding.Message, finding.Fix));
            if (severity == Severity.Error) errors++;
        }
        return errors;
    }
}
