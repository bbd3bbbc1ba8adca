using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SiteGen.Articles;
using SiteGen.Cleaning;
using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Tests.Loading;

/// <summary>
/// Arbitrary bytes and strings, and strings stitched from the fragments real articles are made of, never make
/// loading throw; whatever comes out has a title, an ASCII slug and spans inside the text.
/// </summary>
public class LoaderPropertyTests
{
    private static readonly ArticleLoader Loader = Seeds.Loader();

    private static readonly string[] Fragments =
    [
        "---\n", "---\r\n", "...\n", "title: ", "date: ", "tags: ", "2022-02-31", "[a, b", "{x: ", "\"", "'", ": ", "\n", "\r\n", "\r",
        "\n\n", "  ", "\t", "# ", "> ", "- ", "```\n", "<script>alert(1)</script>", "{{ x }}", " date 2022-02 ", "Lees ook ",
        "Lees terug | ", "Deel dit artikel", "Auteur: ", "Internationaal4 feb '22 15:36", "NOS Nieuws • vandaag, 09:34 ",
        "Oekraïne", "🎉", "\uFEFF", "\0", "De president sprak woensdag met Xi.", "Xi Jinping Chinese president", ". ", "…", "\ud800",
    ];

    private static Arbitrary<string> Stitched() =>
        Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Stitched_text_loads_or_is_skipped_without_throwing() =>
        Prop.ForAll(Stitched(), text => Check(Loader.LoadText(text, "x.md", new DiagnosticBag()), text)
                                        && Check(Loader.LoadText(text, "x.txt", new DiagnosticBag()), text));

    [Property(MaxTest = 300)]
    public bool Arbitrary_bytes_load_or_are_skipped_without_throwing(byte[]? bytes)
    {
        bytes ??= [];
        var bag = new DiagnosticBag();
        var article = Loader.LoadBytes(bytes, "x.txt", bag);
        return article is null ? bag.WarningCount == 1 : Check(article, article.Source.Text);
    }

    [Property(MaxTest = 300)]
    public bool Arbitrary_strings_load_or_are_skipped_without_throwing(string? text)
    {
        text ??= "";
        return Check(Loader.LoadText(text, "x.md", new DiagnosticBag()), text) && Check(Loader.LoadText(text, "x.txt", new DiagnosticBag()), text);
    }

    [Property(MaxTest = 300)]
    public bool Decoding_valid_utf8_gives_the_text_back(string? text)
    {
        text = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text ?? "")); // lone surrogates become U+FFFD first
        return text.StartsWith('\uFEFF') || TextDecoder.Decode(Encoding.UTF8.GetBytes(text)).Text == text;
    }

    [Property(MaxTest = 300)]
    public Property Front_matter_positions_lie_inside_the_file() =>
        Prop.ForAll(Stitched(), yaml =>
        {
            var text = "---\n" + yaml + "\n---\nTekst.\n";
            var bag = new DiagnosticBag();
            var block = new FrontMatterReader().Read(text, "x.md", bag);
            var lines = new LineMap(text).LineCount;
            return block.BodyStart >= 0 && block.BodyStart <= text.Length
                   && bag.Sorted.All(d => d.Line >= 1 && d.Line <= lines && d.Column >= 1);
        });

    [Property(MaxTest = 300)]
    public bool Titles_and_slugs_of_any_string_are_never_empty_or_unsafe(string? text)
    {
        var headline = LeadHeadline.ForLanguage("nl").From(text ?? "");
        var slug = SlugMaker.ForArticle(text ?? "", text ?? "");
        return headline.Length <= LeadHeadline.Stretch + 1 && slug.Length is > 0 and <= SlugMaker.MaxLength
               && slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
    }

    private static bool Check(Article? article, string text)
    {
        if (article is null) return true;
        if (article.Source.Text != text || string.IsNullOrWhiteSpace(article.Title) || article.Title.Contains('\n')) return false;
        if (article.Slug.Length == 0 || !article.Slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')) return false;
        var previousEnd = 0;
        foreach (var p in article.Paragraphs)
        {
            if (p.Start < previousEnd || p.End <= p.Start || p.End > text.Length) return false;
            previousEnd = p.End;
        }
        return article.Paragraphs.Any(p => p.Kind != ParagraphKind.Furniture);
    }
}
