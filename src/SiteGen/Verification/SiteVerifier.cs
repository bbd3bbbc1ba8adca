using SiteGen.Diagnostics;
using SiteGen.Verification.Checks;

namespace SiteGen.Verification;

/// <summary>Runs every check over a built site and turns findings into diagnostics named <c>DISPLAY/page(line,col)</c>.</summary>
public sealed class SiteVerifier(IReadOnlyList<ISiteCheck> checks)
{
    public static IReadOnlyList<ISiteCheck> AllChecks { get; } =
    [
        new ParseCheck(), new LinkCheck(), new AnchorCheck(), new LangCheck(), new TitleCheck(), new SingleH1Check(),
        new DescriptionCheck(), new CanonicalCheck(), new ArticlesLinkedCheck(), new ScriptCheck(),
        new InlineHandlerCheck(), new JavascriptUrlCheck(), new CspCheck(),
    ];

    public static SiteVerifier Default { get; } = new(AllChecks);

    /// <summary>Returns the number of error findings; every finding is added to <paramref name="diagnostics"/>.</summary>
    public int Verify(string root, string baseUrl, string displayRoot, DiagnosticBag diagnostics)
    {
        var site = SiteSnapshot.Load(root, baseUrl);
        var errors = 0;
        foreach (var check in checks)
            foreach (var finding in check.Run(site))
            {
                var position = finding.Element?.SourceReference?.Position;
                diagnostics.Add(new Diagnostic(check.Severity, check.Code, $"{displayRoot}/{finding.Page.Path}",
                    position?.Line ?? 0, position?.Column ?? 0, finding.Message, finding.Fix));
                if (check.Severity == Severity.Error) errors++;
            }
        return errors;
    }
}
