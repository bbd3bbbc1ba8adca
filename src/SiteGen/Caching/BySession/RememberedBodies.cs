using System.Runtime.CompilerServices;
using SiteGen.Articles;
using SiteGen.Caching.ByContent;
using SiteGen.Rendering.Bodies;
using SiteGen.Reuse;

namespace SiteGen.Caching.BySession;

/// <summary>
/// Each article's rendered body by the article object a `serve` session loaded (an unchanged article is the same
/// object), so the body is the same object too. Only a body that rendered without a diagnostic is kept: a reused
/// one must not drop a warning. Forgotten when the render salt changes (templates, strings, options, assets).
/// </summary>
public sealed class RememberedBodies : IReuse<Article, MadeBody>
{
    private ConditionalWeakTable<Article, MadeBody> _bodies = new();
    private string? _salt;

    /// <summary>This build's store, which keeps the entries of remembered bodies and is asked for the rest (null: none).</summary>
    public StoredBodies? Store { get; set; }

    /// <summary>Starts a render with this salt: a different salt than last time forgets every body.</summary>
    public void Begin(string salt)
    {
        if (salt != _salt) _bodies = new();
        _salt = salt;
    }

    public MadeBody GetOrMake(Article article, Func<Article, MadeBody> make)
    {
        if (_bodies.TryGetValue(article, out var known))
        {
            Store?.Keep(article);
            return known;
        }
        var made = Store is null ? make(article) : Store.GetOrMake(article, make);
        if (made.Diagnostics.Count == 0) _bodies.AddOrUpdate(article, made);
        return made;
    }

    public void Commit() => Store?.Commit();
}
