using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Tests.Loading;
using Xunit;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Builds every bad-input fixture through the real command line: the printed diagnostics must match the fixture's
/// golden file, nothing may escape as an unhandled exception, every input file must be built or named, and whatever
/// is published must be free of injected markup (checked with AngleSharp, independently of the site's verifier).
/// </summary>
public class FixtureBuildTests
{
    /// <summary>Fixtures whose build must fail (nothing published); every other fixture must publish a site.</summary>
    private static readonly HashSet<string> MustFail = ["template-syntax-error", "template-unknown-variable"];


    /// <summary>Fixtures built by <see cref="Builds_with_the_expected_diagnostics"/>; the output case has its own test.</summary>
    public static IReadOnlyList<string> CaseNames { get; } =
        Directory.EnumerateDirectories(FixtureSite.FixturesFolder)
            .Select(Path.GetFileName).OfType<string>()
            .Where(name => name != "output-unwritable")
            .Order(StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string> Cases() => new(CaseNames);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Builds_with_the_expected_diagnostics(string fixture)
    {
        using var site = FixtureSite.For(fixture);
        var (code, output) = site.Build();

        GoldenFile.AssertMatches(Path.Combine(FixtureSite.FixturesFolder, fixture, "expected-diagnostics.txt"), FixtureSite.Golden(code, output));
        Assert.NotEqual((int)ExitCode.InternalError, code);
        Assert.DoesNotContain("internal error", output);
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "_site.tmp-*"));
        AssertOneDiagnosticPerProblem(output);
        if (MustFail.Contains(fixture))
        {
            Assert.Equal((int)ExitCode.ContentErrors, code);
            Assert.False(Directory.Exists(site.Output), "A failed build must not publish anything.");
            return;
        }
        Assert.Equal((int)ExitCode.Success, code);
        Assert.Empty(InjectionScan.Problems(site.Output, Path.Combine(site.Root, "wwwroot")));
        AssertNothingLost(site, output);
    }

    /// <summary>A file is not told twice about the same thing: no two diagnostics share file, position and code.</summary>
    private static void AssertOneDiagnosticPerProblem(string output)
    {
        var keys = output.Split('\n')
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^(.+?): (?:info|warning|error) (SG\d{4}):"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value + " " + m.Groups[2].Value)
            .ToList();
        Assert.Equal(keys.Distinct().ToList(), keys);
    }

    /// <summary>
    /// Every input file is either an article page of the site or named in a printed diagnostic: an article file that
    /// was not built in a warning or error (shown without --verbose); other files, or files in a skipped hidden folder, at any level.
    /// </summary>
    internal static void AssertNothingLost(FixtureSite site, string output)
    {
        var articles = Seeds.Loader().LoadFolder(site.Input, new DiagnosticBag()).ToDictionary(a => a.Source.RelativePath);
        var lines = output.Split('\n');
        foreach (var file in Directory.EnumerateFiles(site.Input, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(site.Input, file).Replace('\\', '/');
            if (articles.TryGetValue(relative, out var article) && File.Exists(Path.Combine(site.Output, "artikelen", article.Slug, "index.html")))
                continue;
            // diagnostics name files as the maintainer passed the folder: `input/leeg.txt`
            var shown = Path.GetRelativePath(site.Root, file).Replace('\\', '/');
            var folders = shown.Split('/')[..^1].Select((_, i) => string.Join('/', shown.Split('/')[..(i + 1)]) + "/: ");
            var named = lines.Any(l => l.StartsWith(shown + ":") || l.StartsWith(shown + "("));
            var namedLoudly = lines.Any(l => (l.StartsWith(shown + ":") || l.StartsWith(shown + "(")) && (l.Contains(": warning ") || l.Contains(": error ")));
            var inSkippedFolder = folders.Any(f => lines.Any(l => l.StartsWith(f)));
            var isArticle = InputScanner.ArticleExtensions.Contains(Path.GetExtension(file));
            Assert.True(inSkippedFolder || (isArticle ? namedLoudly : named), $"{relative} was neither built nor named in a diagnostic.");
        }
    }
}
