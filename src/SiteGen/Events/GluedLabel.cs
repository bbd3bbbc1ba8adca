using System.Text.RegularExpressions;

namespace SiteGen.Events;

/// <summary>
/// What a scraped sentence may carry before its first word that is not part of it: a page label glued on
/// (`UpdateDe Eerste Kamer …`, `VIDEO. Een hese May …`) or a place dateline (`BIRMINGHAM - De premier …`,
/// `DEN HAAG (ANP) - Het kabinet …`, as news agencies and nu.nl open a story). The event text leaves it out, and
/// the sentence's subject is found after it.
/// </summary>
public static partial class GluedLabel
{
    /// <summary>The length of the label that opens <paramref name="sentence"/>, 0 when there is none.</summary>
    public static int LengthAt(string sentence) => Pattern().Match(sentence) is { Success: true } m ? m.Length : 0;

    [GeneratedRegex(@"^(?:(?:Update|UPDATE|VIDEO|Video|LIVE|Live|Liveblog)(?:[.:|]\s*|(?=\p{Lu}))|\p{Lu}{3,}(?:[ /]\p{Lu}{3,})*(?:\s+\([\p{L}/ ]{2,20}\))?\s+[-–—]\s+)")]
    private static partial Regex Pattern();
}
