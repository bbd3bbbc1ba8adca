using SiteGen.Diagnostics;
using SiteGen.Rendering.Dates;
using SiteGen.Rendering.Templates;

namespace SiteGen.Tests.Support;

/// <summary>The repository's interface texts, loaded once.</summary>
internal static class Ui
{
    public static UiStrings Dutch { get; } = UiStrings.Load(Repo.Templates, "nl", new DiagnosticBag())!;

    public static DateLabeler Labeler { get; } = new(Dutch);
}
