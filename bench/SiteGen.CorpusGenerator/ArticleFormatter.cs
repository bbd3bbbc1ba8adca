using System.Globalization;
using System.Text;
using static SiteGen.CorpusGenerator.DutchCalendar;

namespace SiteGen.CorpusGenerator;

/// <summary>
/// Writes a composed article as a file: Markdown with YAML front matter (<c>YYYY-MM-DD-slug-k.md</c>), or plain text
/// as a scraper leaves it (<c>k_hash.txt</c>), with one of the three header styles the seeds show and furniture
/// lines ("Lees ook | …") in the body. Paragraphs without a final full stop are subheadings. Line endings are LF.
/// </summary>
public static class ArticleFormatter
{
    public static (string FileName, string Text) Format(ComposedArticle article, DeterministicRandom random) =>
        article.PlainText ? PlainText(article, random) : Markdown(article);

    private static (string, string) Markdown(ComposedArticle article)
    {
        var text = new StringBuilder()
            .Append("---\n")
            .Append("title: \"").Append(article.Title.Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n")
            .Append("date: ").Append(article.Published.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)).Append("+01:00\n")
            .Append("source: ").Append(article.Source).Append('\n')
            .Append("tags: [").AppendJoin(", ", article.Tags).Append("]\n")
            .Append("---\n\n");
        foreach (var paragraph in article.Paragraphs)
        {
            text.Append(IsHeading(paragraph) ? "## " : "").Append(paragraph).Append("\n\n");
        }

        var name = $"{article.Published:yyyy-MM-dd}-{Slug(article.Title)}-{article.Index:00000}.md";
        return (name, text.ToString(0, text.Length - 1));
    }

    private static (string, string) PlainText(ComposedArticle article, DeterministicRandom random)
    {
        var published = article.Published;
        var text = new StringBuilder();
        switch (random.Next(3))
        {
            case 0:
                var stamp = $"{published.Day} {ShortMonths[published.Month - 1]} '{published:yy HH:mm}";
                text.Append(article.Section).Append(stamp).Append("Aangepast op ").Append(stamp).Append("\n\n")
                    .Append(article.Title).Append("\n\nAuteur: ").Append(article.Source).Append(" Webredactie\n\n");
                break;
            case 1:
                // Month precision only, as the scraped seeds 001-003 carry it; no title line.
                text.Append(" date ").Append(published.ToString("yyyy-MM", CultureInfo.InvariantCulture)).Append(' ');
                break;
            default:
                // No date at all: the article must be dated by inference from its text.
                text.Append(article.Source).Append(" Nieuws • vandaag, ").Append(published.ToString("HH:mm", CultureInfo.InvariantCulture))
                    .Append(' ').Append(article.Title).Append("\n\n");
                break;
        }

        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            text.Append(article.Paragraphs[i]).Append("\n\n");
            if (i == 1 || (i > 2 && random.Chance(0.1)))
            {
                text.Append(string.Format(CultureInfo.InvariantCulture, random.Pick(Gazetteer.Furniture), "Eerder: " + article.Title)).Append("\n\n");
            }
        }

        var name = $"{article.Index:00000}_{random.NextUInt64():x16}.txt";
        return (name, text.ToString(0, text.Length - 1));
    }

    private static bool IsHeading(string paragraph) => !paragraph.EndsWith('.');

    private static string Slug(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in title.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if ((c == ' ' || c == '-') && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
