using System.Collections.Concurrent;

namespace SiteGen.Events;

/// <summary>
/// The words actor recognition works with, read from Resources/&lt;lang&gt;/actors.*: role words that introduce a
/// person, words that make a name an organisation, given names, name particles, words that are never names,
/// place prepositions, agent nouns after a country's adjective, generic institutions and back-references.
/// </summary>
public sealed class ActorLexicon
{
    /// <summary>The id under which a bare `kabinet` or `regering` is kept until the site decides which government it is.</summary>
    public const string GovernmentId = "kabinet";

    private static readonly ConcurrentDictionary<string, ActorLexicon> Cache = new(StringComparer.Ordinal);

    private ActorLexicon(string language)
    {
        RoleCues = new([.. ActorData.Lines(language, "actors.cues.txt").Select(l => (l, true))]);
        Agents = new([.. ActorData.Lines(language, "actors.agents.txt").Select(l => ("*" + l, true))]);
        var orgs = ActorData.Rows(language, "actors.organisations.tsv", 3)
            .Select(r => (Use: r[0], Word: r[1], Kind: Enum.Parse<ActorKind>(r[2]))).ToList();
        OrganisationWords = orgs.Where(o => o.Use == "word").ToDictionary(o => o.Word, o => o.Kind, StringComparer.Ordinal);
        OrganisationEndings = [.. orgs.Where(o => o.Use == "ending").Select(o => (o.Word, o.Kind))];
        OrganisationCues = new([.. orgs.Where(o => o.Use is "cue").Select(o => (o.Word, o.Kind))]);
        NamedCues = orgs.Where(o => o.Use == "named").ToDictionary(o => o.Word, o => o.Kind, StringComparer.OrdinalIgnoreCase);
        Prefixes = orgs.Where(o => o.Use == "prefix").ToDictionary(o => o.Word, o => o.Kind, StringComparer.OrdinalIgnoreCase);
        CompanySuffixes = orgs.Where(o => o.Use == "suffix").Select(o => o.Word).ToHashSet(StringComparer.Ordinal);
        GivenNames = ActorData.Rows(language, "actors.firstnames.tsv", 2)
            .ToDictionary(r => r[0], r => r[1] is "m" or "f" ? r[1][0] : 'u', StringComparer.Ordinal);
        Particles = ActorData.Lines(language, "actors.particles.txt").ToHashSet(StringComparer.Ordinal);
        var stops = ActorData.Lines(language, "actors.stop.txt");
        NameStops = stops.Where(w => !w.StartsWith('-') && !w.StartsWith('~')).ToHashSet(StringComparer.Ordinal);
        Adjectives = stops.Where(w => w.StartsWith('~')).Select(w => w[1..]).ToHashSet(StringComparer.Ordinal);
        NameStopEndings = [.. stops.Where(w => w.StartsWith('-')).Select(w => w[1..])];
        PlacePrepositions = ActorData.Lines(language, "actors.prepositions.txt").ToHashSet(StringComparer.OrdinalIgnoreCase);
        Generic = ActorData.Rows(language, "actors.generic.tsv", 4).ToDictionary(r => r[0], r => new GenericInstitution(
            r[0], Enum.Parse<ActorKind>(r[1]), r[2] == "@government" ? [] : [.. ActorData.Split(r[2])], r[2] == "@government", r[3]),
            StringComparer.Ordinal);
        References = ActorData.Rows(language, "actors.references.tsv", 2).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        Departments = ActorData.Lines(language, "actors.departments.txt").ToHashSet(StringComparer.Ordinal);
        Syntax = SyntaxWords.Load(language);
        Relations = new([.. ActorData.Lines(language, "actors.relations.txt").Select(l => (l, true))]);
    }

    public static ActorLexicon For(string language) => Cache.GetOrAdd(language, l => new ActorLexicon(l));

    /// <summary>Role words that introduce a person (`minister`, `woordvoerder`, `landbouwminister`).</summary>
    internal CompoundWords<bool> RoleCues { get; }

    /// <summary>Nouns after which a country's adjective names the country acting (`regering`, `troepen`).</summary>
    internal CompoundWords<bool> Agents { get; }

    /// <summary>Capitalised words that make a run of capitals an organisation (`Autoriteit`, `Raad`), with its kind.</summary>
    public IReadOnlyDictionary<string, ActorKind> OrganisationWords { get; }

    /// <summary>Endings of a capitalised word that make it an organisation (`Belastingdienst`).</summary>
    public IReadOnlyList<(string Ending, ActorKind Kind)> OrganisationEndings { get; }

    /// <summary>Lowercase nouns right before a name that make it an organisation (`actiegroep`, `persbureau`).</summary>
    internal CompoundWords<ActorKind> OrganisationCues { get; }

    /// <summary>Lowercase nouns that introduce a body and stay part of its name (`gemeente Groningen`).</summary>
    public IReadOnlyDictionary<string, ActorKind> NamedCues { get; }

    /// <summary>Nouns glued to a surname for the body that person leads (`commissie-Remkes`).</summary>
    public IReadOnlyDictionary<string, ActorKind> Prefixes { get; }

    public IReadOnlySet<string> CompanySuffixes { get; }

    /// <summary>Given names with their gender (`m`, `f`, `u`).</summary>
    public IReadOnlyDictionary<string, char> GivenNames { get; }

    /// <summary>Lowercase words allowed inside a name (`van der`, `von der`).</summary>
    public IReadOnlySet<string> Particles { get; }

    /// <summary>Capitalised words that are never a name or part of one found from capitals alone.</summary>
    public IReadOnlySet<string> NameStops { get; }

    /// <summary>Capitalised adjectives (`Vlaams`, `Europees`) that may open an organisation's name but are no name.</summary>
    public IReadOnlySet<string> Adjectives { get; }

    /// <summary>Endings of capitalised adjectives (`Olympische`): a word ending so is no part of a name.</summary>
    public IReadOnlyList<string> NameStopEndings { get; }

    /// <summary>Prepositions after which a name is a place (`in`, `naar`, `bij`).</summary>
    public IReadOnlySet<string> PlacePrepositions { get; }

    /// <summary>Common nouns for institutions (`kabinet`, `senaat`), by the noun as written.</summary>
    public IReadOnlyDictionary<string, GenericInstitution> Generic { get; }

    /// <summary>Back-references (`hij`, `de minister`) and what they can stand for (`person:m`, `role`, a kind).</summary>
    public IReadOnlyDictionary<string, string> References { get; }

    /// <summary>Words of a minister's portfolio (`Landbouw`, `Buitenlandse`, `Zaken`): never part of a person's name.</summary>
    public IReadOnlySet<string> Departments { get; }

    /// <summary>Nouns before `tussen` that make the names after it parties, not a place (`het verdrag tussen`).</summary>
    internal CompoundWords<bool> Relations { get; }

    /// <summary>The sentence reader's word classes (prepositions, subject openers, finite verbs), for telling a subject.</summary>
    internal SyntaxWords Syntax { get; }

    public bool IsRoleCue(ReadOnlySpan<char> word) => RoleCues.Matches(word);

    public bool IsAgent(ReadOnlySpan<char> word) => Agents.Matches(word) || RoleCues.Matches(word);

    /// <summary>The kind a capitalised word gives a name it is part of, if any.</summary>
    public ActorKind? OrganisationKindOf(string word) => organisationKinds.GetOrAdd(word, w =>
    {
        if (OrganisationWords.TryGetValue(w, out var kind)) return kind;
        foreach (var (ending, k) in OrganisationEndings)
            if (w.Length > ending.Length + 2 && w.EndsWith(ending, StringComparison.Ordinal)) return k;
        return null;
    });

    public bool IsStop(string word) => stops.GetOrAdd(word, w =>
        NameStops.Contains(w) || Adjectives.Contains(w)
        || (!GivenNames.ContainsKey(w) && NameStopEndings.Any(e => w.Length > e.Length + 1 && w.EndsWith(e, StringComparison.Ordinal))));

    // Both depend on the word alone and are asked for every capitalised word, often many times: kept per word.
    private readonly ConcurrentDictionary<string, ActorKind?> organisationKinds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> stops = new(StringComparer.Ordinal);
}
