using System.Text.RegularExpressions;

namespace SiteGen.Temporal.Rules;

/// <summary>A span a rule matched, before resolution: the same for every document date.</summary>
public readonly record struct RawMatch(int Start, int End, CompiledRule Rule, Match Match);
