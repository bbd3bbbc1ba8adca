using SiteGen.Dating;
using SiteGen.Diagnostics;
using SiteGen.Rendering.Bodies;
using SiteGen.Rendering.Templates;
using SiteGen.Rendering;
using SiteGen.Reuse;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Reuse;

/// <summary>
/// A body taken from the cache stands for the one rendered: same digest (what page keys record), same anchors (what
/// timeline links check), same summary (the page's meta description), the same diagnostics reported again, and the same markup when a page needs it, made only
/// then. Anything that decides the markup (the text, the render salt) misses.
/// </summary>
public sealed class BodyCacheTests : IDisposable
{
    private static readonly TimexMarkup Markup = new(Ui.Labeler);
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-bodies-").FullName;

    private static readonly Article Article = new ArticleBuilder("a", "Eerste zin. Tweede zin met vorig jaar.\n\nNieuwe alinea.")
        .Sentence("Eerste zin.").Sentence("Tweede zin met vorig jaar.").Match("vorig jaar", "2021").Build();

    private static readonly Diagnostic Warning = new(Severity.Warning, "SG0130", "a.md", 0, 0, "Te diep genest.", "Minder diep nesten.");

    [Fact]
    public void A_cached_body_has_the_rendered_digest_anchors_and_diagnostics_and_makes_its_markup_only_when_asked()
    {
        var rendered = new TextBodyRenderer(Markup).Render(Article) with { Description = "Eerste zin. Tweede zin met vorig jaar." };
        var first = new BodyCache(Store(), "salt");
        Assert.Null(first.Find(Article, Fail, new DiagnosticBag()));
        first.Add(Article, rendered, [Warning]);
        first.Commit();

        var renders = 0;
        var report = new DiagnosticBag();
        var cached = new BodyCache(Store(), "salt").Find(Article, (article, _) => { renders++; return new TextBodyRenderer(Markup).Render(article); }, report);

        Assert.NotNull(cached);
        Assert.True(cached.Html.IsDeferred);
        Assert.Equal(rendered.Html.Digest, cached.Html.Digest);
        Assert.Equal(rendered.Anchors.Order(), cached.Anchors.Order());
        Assert.Equal(rendered.Description, cached.Description);
        Assert.Equal([Warning], report.Sorted);
        Assert.Equal(0, renders);

        Assert.Equal(rendered.Html.Html, cached.Html.Html);
        Assert.Equal(rendered.Html.Html, cached.Html.Html);
        Assert.Equal(1, renders);
        Assert.False(cached.Html.IsDeferred);
    }

    [Fact]
    public void Another_salt_or_another_content_hash_misses_and_an_unused_entry_is_dropped_at_commit()
    {
        var cache = new BodyCache(Store(), "salt");
        cache.Add(Article, new TextBodyRenderer(Markup).Render(Article), []);
        cache.Commit();

        Assert.Null(new BodyCache(Store(), "other salt").Find(Article, Fail, new DiagnosticBag()));
        var edited = Article with { Source = Article.Source with { ContentHash = "hash-edited" } };
        var store = Store();
        Assert.Null(new BodyCache(store, "salt").Find(edited, Fail, new DiagnosticBag()));
        store.Commit("bodies");
        Assert.Equal(0, Store().CountOnDisk("bodies"));
    }

    [Fact]
    public void A_digest_is_the_sha256_of_the_markup_so_equal_markup_gives_equal_keys()
    {
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", RawHtml.Empty.Digest);
        Assert.Equal(new RawHtml("<p>é</p>").Digest, RawHtml.Deferred(RawHtml.DigestOf("<p>é</p>"), () => "<p>é</p>").Digest);
        Assert.NotEqual(new RawHtml("<p>e</p>").Digest, new RawHtml("<p>é</p>").Digest);
    }

    private CacheStore Store() => new(_root, "test");

    private static RenderedBody Fail(Article article, DiagnosticBag diagnostics) => throw new InvalidOperationException("no render expected");

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
