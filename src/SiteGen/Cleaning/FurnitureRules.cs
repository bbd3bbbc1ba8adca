using System.Text.RegularExpressions;

namespace SiteGen.Cleaning;

/// <summary>
/// The furniture patterns of one language, loaded from data. Matching is bounded: paragraph rules only look at
/// short paragraphs, prefix rules only at a paragraph's first characters, and every regex has a timeout,
/// so a hostile 5 MB line costs nothing here.
/// </summary>
public sealed class FurnitureRules
{
    public const int MaxParagraphLength = 300;
    private const int PrefixWindow = 200;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    private FurnitureRules(IReadOnlyList<FurnitureRule> rules) => Rules = rules;

    public IReadOnlyList<FurnitureRule> Rules { get; }

    /// <summary>Loads <c>furniture.txt</c> of a language; a language without one gets no rules. A broken pattern is a bug in our data and throws.</summary>
    public static FurnitureRules Load(string language)
    {
        var rules = new List<FurnitureRule>();
        foreach (var (line, text) in LanguageData.Lines(language, "furniture.txt"))
        {
            var colon = text.IndexOf(": ", StringComparison.Ordinal);
            var head = colon < 0 ? [] : text[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (head.Length != 2 || head[0] is not ("paragraph" or "prefix"))
                throw new InvalidDataException($"Resources/{language}/furniture.txt({line}): expected '<paragraph|prefix> <name>: <regex>'.");
            var pattern = new Regex(text[(colon + 2)..], RegexOptions.CultureInvariant, Timeout);
            rules.Add(new FurnitureRule(head[1], head[0] == "prefix", pattern, line));
        }
        return new FurnitureRules(rules);
    }

    /// <summary>The rule that makes a whole (trimmed) paragraph furniture, with the author it names if any.</summary>
    /// <remarks>
    /// A paragraph of several lines is furniture only when every line is: scraped pages often print a photo's
    /// caption twice (once for the image, once for its enlarged view) with no blank line between.
    /// </remarks>
    public (FurnitureRule Rule, string? Author)? MatchParagraph(string paragraph)
    {
        if (paragraph.Length > MaxParagraphLength) return null;
        if (!paragraph.Contains('\n') && !paragraph.Contains('\r')) return MatchLine(paragraph);
        (FurnitureRule Rule, string? Author)? first = null;
        foreach (var line in paragraph.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (MatchLine(line) is not { } match) return null;
            first ??= match;
        }
        return first;
    }

    private (FurnitureRule Rule, string? Author)? MatchLine(string paragraph)
    {
        foreach (var rule in Rules)
        {
            if (rule.IsPrefix) continue;
            var m = SafeMatch(rule.Pattern, paragraph);
            if (m is { Success: true } && m.Length == paragraph.Length)
                return (rule, m.Groups["author"] is { Success: true } g ? g.Value.Trim() : null);
        }
        return null;
    }

    /// <summary>The rule and length of a furniture prefix at the start of a paragraph.</summary>
    public (FurnitureRule Rule, int Length)? MatchPrefix(string paragraphStart)
    {
        var window = paragraphStart.Length > PrefixWindow ? paragraphStart[..PrefixWindow] : paragraphStart;
        foreach (var rule in Rules)
        {
            if (!rule.IsPrefix) continue;
            var m = SafeMatch(rule.Pattern, window);
            if (m is { Success: true, Index: 0, Length: > 0 }) return (rule, m.Length);
        }
        return null;
    }

    private static Match? SafeMatch(Regex regex, string input)
    {
        try { return regex.Match(input); }
        catch (RegexMatchTimeoutException) { return null; }
    }
}
