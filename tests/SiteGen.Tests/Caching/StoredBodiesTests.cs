using SiteGen.Articles;
using SiteGen.Caching.ByContent;
using SiteGen.Caching.Store;
using SiteGen.Diagnostics;
using SiteGen.Rendering.Bodies;
using SiteGen.Rendering.Templates;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Caching;

/// <summary>
/// A body taken from the cache stands for the one rendered: same digest (what page keys record), same anchors (what
/// timeline links check), same summary (the page's meta description), the same diagnostics reported again, and the same markup when a page needs it, made only
/// then. Anything that decides the markup (the text, the render salt) misses.
/// </summary>
public sealed class StoredBodiesTests : IDisposable
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
        var first = new StoredBodies(Store(), "salt");
        var made = 0;
        Assert.Same(rendered, first.GetOrMake(Article, _ => { made++; return new MadeBody(rendered, [Warning]); }).Body);
        Assert.Equal(1, made);
        first.Commit();

        var renders = 0;
        var hit = new StoredBodies(Store(), "salt").GetOrMake(Article, article => { renders++; return new MadeBody(new TextBodyRenderer(Markup).Render(article), []); });
        var cached = hit.Body;

        Assert.True(cached.Html.IsDeferred);
        Assert.Equal(rendered.Html.Digest, cached.Html.Digest);
        Assert.Equal(rendered.Anchors.Order(), cached.Anchors.Order());
        Assert.Equal(rendered.Description, cached.Description);
        Assert.Equal([Warning], hit.Diagnostics);
        Assert.Equal(0, renders);

        Assert.Equal(rendered.Html.Html, cached.Html.Html);
        Assert.Equal(rendered.Html.Html, cached.Html.Html);
        Assert.Equal(1, renders);
        Assert.False(cached.Html.IsDeferred);
    }

    [Fact]
    public void Another_salt_or_another_content_hash_misses_and_an_unused_entry_is_dropped_at_commit()
    {
        var cache = new StoredBodies(Store(), "salt");
        cache.GetOrMake(Article, article => new MadeBody(new TextBodyRenderer(Markup).Render(article), []));
        cache.Commit();

        var misses = 0;
        MadeBody Miss(Article article)
        {
            misses++;
            return new MadeBody(new TextBodyRenderer(Markup).Render(article), []);
        }
        new StoredBodies(Store(), "other salt").GetOrMake(Article, Miss);
        var edited = Article with { Source = Article.Source with { ContentHash = "hash-edited" } };
        var store = Store();
        new StoredBodies(store, "salt").GetOrMake(edited, Miss);
        Assert.Equal(2, misses);
        store.Commit("bodies");
        Assert.Equal(1, Store().CountOnDisk("bodies"));
        new StoredBodies(Store(), "salt").GetOrMake(Article, Miss);
        Assert.Equal(3, misses);
    }

    [Fact]
    public void A_digest_is_the_sha256_of_the_markup_so_equal_markup_gives_equal_keys()
    {
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", RawHtml.Empty.Digest);
        Assert.Equal(new RawHtml("<p>é</p>").Digest, RawHtml.Deferred(RawHtml.DigestOf("<p>é</p>"), () => "<p>é</p>").Digest);
        Assert.NotEqual(new RawHtml("<p>e</p>").Digest, new RawHtml("<p>é</p>").Digest);
    }

    private CacheStore Store() => new(_root, "test");


    public void Dispose() => Directory.Delete(_root, recursive: true);
}
