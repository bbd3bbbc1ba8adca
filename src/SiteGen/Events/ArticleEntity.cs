namespace SiteGen.Events;

/// <summary>
/// An actor as one article knows it while it is being recognised: its fullest name, kind, the other names the article
/// uses for it with the reason for each, the roles it gives, and for a person the surname and given name it goes by.
/// <see cref="Confirmed"/> is false for a run of capitals that nothing yet shows to be a person or an organisation.
/// </summary>
internal sealed class ArticleEntity(string name, ActorKind kind, bool confirmed, string? knownId = null)
{
    public string Name { get; set; } = name;

    public ActorKind Kind { get; set; } = kind;

    public bool Confirmed { get; set; } = confirmed;

    /// <summary>The gazetteer id of a known actor.</summary>
    public string? KnownId { get; } = knownId;

    public List<ActorAlias> Aliases { get; } = [];

    public List<string> Roles { get; } = [];

    public char Gender { get; set; } = 'u';

    public string? Surname { get; set; }

    public string? GivenName { get; set; }

    /// <summary>For a body named after its chair (`commissie-Remkes`) or said to be led by someone: that person's name.</summary>
    public string? Leader { get; set; }

    public string Id => KnownId ?? EventSlug.Of(Name);

    public void AddAlias(string name, string because)
    {
        if (name != Name && !Aliases.Any(a => a.Name == name)) Aliases.Add(new ActorAlias(name, because));
    }

    public void AddRole(string role)
    {
        role = role.Trim();
        if (role.Length > 0 && !Roles.Contains(role, StringComparer.OrdinalIgnoreCase)) Roles.Add(role);
    }
}
