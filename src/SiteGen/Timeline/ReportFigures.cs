using SiteGen.Cleaning;

namespace SiteGen.Timeline;

/// <summary>
/// The figures a report's sentence states (`een boete van 2,75 miljoen euro`, `naar 440.000 vluchten`, `51,9 procent`,
/// `artikel 50`), as words the merge weighs like any other (<see cref="MergeVocabulary.WordsOf"/>): key words are
/// letters only, so two reports of one amount in other words shared only `miljoen` and `euro`. What is not a figure,
/// and examples that run as tests: <c>events/figures.txt</c>. Dutch, like the merge's stemmer.
/// </summary>
public static class ReportFigures
{
    private const string Language = "nl", File = "events/figures.txt", ExamplePrefix = "example:";

    /// <summary>The words after which a number is a date or a time of day, not a figure.</summary>
    public static readonly IReadOnlySet<string> DateWords = new HashSet<string>(
        LanguageData.Lines(Language, File).Select(l => l.Text).Where(t => !t.StartsWith(ExamplePrefix, StringComparison.Ordinal)),
        StringComparer.Ordinal);

    /// <summary>The `example:` lines of the file: a sentence and the figures it states.</summary>
    public static IReadOnlyList<(string Sentence, string[] Figures)> Examples() =>
        [.. LanguageData.Lines(Language, File).Where(l => l.Text.StartsWith(ExamplePrefix, StringComparison.Ordinal)).Select(l =>
        {
            var body = l.Text[ExamplePrefix.Length..];
            var arrow = body.LastIndexOf("=>", StringComparison.Ordinal);
            if (arrow < 0) throw new InvalidOperationException($"{File}({l.Line}): an example needs `=> figures` or `=> -`.");
            var expected = body[(arrow + 2)..].Trim();
            return (body[..arrow].Trim(), expected == "-" ? Array.Empty<string>() : expected.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        })];

    /// <summary>The figures of <paramref name="sentence"/>, in order, each once, prefixed `#` (no key word starts so).</summary>
    public static IReadOnlyList<string> Of(string sentence)
    {
        List<string>? figures = null;
        var at = 0;
        while (at < sentence.Length)
        {
            if (!char.IsAsciiDigit(sentence[at])) { at++; continue; }
            var from = at;
            while (at < sentence.Length && (char.IsAsciiDigit(sentence[at])
                || (sentence[at] is '.' or ',' && at + 1 < sentence.Length && char.IsAsciiDigit(sentence[at + 1])))) at++;
            // Digits in a name: a letter or hyphen touches them.
            if (from > 0 && (char.IsLetter(sentence[from - 1]) || sentence[from - 1] == '-')) continue;
            if (at < sentence.Length && (char.IsLetter(sentence[at]) || sentence[at] == '-')) continue;
            var number = sentence[from..at];
            if (IsYear(number) || DateWords.Contains(NextWord(sentence, at))) continue;
            var figure = "#" + (IsGrouped(number) ? number.Replace(".", "", StringComparison.Ordinal) : number);
            if (!(figures ??= []).Contains(figure)) figures.Add(figure);
        }
        return figures ?? (IReadOnlyList<string>)[];
    }

    private static bool IsYear(string number) =>
        number.Length == 4 && int.TryParse(number, out var year) && year is >= 1800 and <= 2199;

    // `440.000`, `1.250.000`: dots between groups of three are thousands, not decimals.
    private static bool IsGrouped(string number)
    {
        var groups = number.Split('.');
        return groups.Length > 1 && groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3 && !g.Contains(','));
    }

    private static string NextWord(string sentence, int at)
    {
        while (at < sentence.Length && sentence[at] is ' ' or '.') at++;
        var from = at;
        while (at < sentence.Length && char.IsLetter(sentence[at])) at++;
        return sentence[from..at].ToLowerInvariant();
    }
}
