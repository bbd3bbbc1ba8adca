using SiteGen.Temporal.Rules;

namespace SiteGen.Temporal.Resolution;

/// <summary>
/// Turns a raw match into a <see cref="TemporalMatch"/> for one anchor (the document date), tense and story (where the
/// text is: see <see cref="StoryAnchors"/>). Returns null when the value cannot be formed (an unknown word, an
/// impossible date such as 31 februari).
/// </summary>
public sealed class MatchResolver(CompiledLanguage language)
{
    public TemporalMatch? Resolve(string text, RawMatch raw, Anchor? anchor, Tense tense, StoryAnchors? story = null) =>
        Resolve(text, raw, anchor, tense, story, out _);

    /// <summary>As <see cref="Resolve(string, RawMatch, Anchor?, Tense, StoryAnchors?)"/>; a day that does not exist (31 februari) comes out as a problem.</summary>
    public TemporalMatch? Resolve(string text, RawMatch raw, Anchor? anchor, Tense tense, StoryAnchors? story, out TemporalProblem? problem)
    {
        problem = null;
        var context = new Context(language.Normalizers, raw, anchor, tense is Tense.Past ? Direction.Past : Direction.Future, story);
        var value = raw.Rule.Value.Evaluate(context);
        if (string.IsNullOrEmpty(value)) return null;
        if (!ValueCheck.IsPlausible(value))
        {
            if (ValueCheck.Problem(value) is { } message) problem = new TemporalProblem(raw.Start, raw.End, text[raw.Start..raw.End], message);
            return null;
        }
        var mod = TimexMod.None;
        // a value cut back to what the document date allows ("2024" for "eind vorige maand") loses its modifier
        if (raw.Rule.Mod is not null && !context.Coarsened)
        {
            var modText = raw.Rule.Mod.Evaluate(context);
            mod = modText is null ? TimexMod.None : ModNames.Parse(modText) ?? TimexMod.None;
        }
        return new TemporalMatch(raw.Start, raw.End, text[raw.Start..raw.End], raw.Rule.Definition.Type, value, mod,
            raw.Rule.Definition.Name);
    }

    private sealed class Context(Normalizers normalizers, RawMatch raw, Anchor? anchor, Direction tense, StoryAnchors? story) : IValueContext
    {
        public bool Coarsened { get; private set; }

        public string? Group(string name)
        {
            if (!raw.Rule.Groups.TryGetValue(name, out var number)) return null;
            var group = raw.Match.Groups[number];
            return group.Success ? group.Value : null;
        }

        public string? Normalize(string normalizer, string text) => normalizers.Apply(normalizer, text);

        public CallResult Call(string function, string[] args)
        {
            var result = ResolutionFunctions.Call(function, args, anchor, tense, story);
            Coarsened |= result.Coarsened;
            return result;
        }
    }
}
