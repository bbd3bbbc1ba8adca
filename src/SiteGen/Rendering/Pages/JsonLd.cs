using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SiteGen.Articles;
using SiteGen.Rendering.Models;
using SiteGen.Rendering.Templates;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// schema.org structured data for a page's <c>application/ld+json</c> block: a <c>NewsArticle</c> for an article page,
/// an <c>ItemList</c> of the events a timeline page shows. Written with every HTML-sensitive character escaped
/// (<c>&lt;</c> as <c>\u003C</c>), so text from an article can never close the block.
/// </summary>
public static class JsonLd
{
    /// <summary>The most events a timeline page lists (its key events first, in time order): enough to say what the page is about without weighing it down.</summary>
    public const int MaxItems = 12;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static RawHtml Article(Article article, string canonical, string? publisher, string? published, string language, string? image) =>
        Write(w =>
        {
            w.WriteString("@type", "NewsArticle");
            w.WriteString("headline", article.Title.Length <= 110 ? article.Title : article.Title[..109] + "…");
            w.WriteString("url", canonical);
            w.WriteString("mainEntityOfPage", canonical);
            w.WriteString("inLanguage", article.Meta.Lang ?? language);
            if (published is not null) w.WriteString("datePublished", published);
            if (article.Meta.Author is { Length: > 0 } author) Named(w, "author", "Person", author);
            if (publisher is not null) Named(w, "publisher", "Organization", publisher);
            if (image is not null) w.WriteString("image", image);
        });

    public static RawHtml? Timeline(IndexModel model, string canonical, string name)
    {
        var all = model.Years.SelectMany(y => y.Months).SelectMany(m => m.Entries).Concat(model.Undated).ToList();
        var chosen = all.Select((e, i) => (e, i)).OrderByDescending(x => x.e.Key).ThenBy(x => x.i).Take(MaxItems).OrderBy(x => x.i).ToList();
        var entries = chosen.Select(x => x.e).ToList();
        if (entries.Count == 0) return null;
        return Write(w =>
        {
            w.WriteString("@type", "ItemList");
            w.WriteString("name", name);
            w.WriteString("url", canonical);
            w.WriteNumber("numberOfItems", all.Count);
            w.WriteStartArray("itemListElement");
            for (var i = 0; i < entries.Count; i++)
            {
                w.WriteStartObject();
                w.WriteString("@type", "ListItem");
                w.WriteNumber("position", i + 1);
                w.WriteString("url", canonical + "#" + entries[i].Id);
                w.WriteString("name", entries[i].Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        });
    }

    private static void Named(Utf8JsonWriter w, string property, string type, string name)
    {
        w.WriteStartObject(property);
        w.WriteString("@type", type);
        w.WriteString("name", name);
        w.WriteEndObject();
    }

    private static RawHtml Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            body(w);
            w.WriteEndObject();
        }
        return new RawHtml(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
