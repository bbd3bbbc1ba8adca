namespace SiteGen.Temporal.Rules;

/// <summary>
/// Reads the line-based rule format. A rule starts at <c>rule NAME</c>; the lines after it are
/// <c>match</c>, <c>type</c>, <c>value</c>, <c>mod</c>, <c>flags</c> and any number of <c>example</c> lines.
/// Blank lines and lines starting with <c>#</c> are ignored.
/// </summary>
public static class RuleFileParser
{
    public static List<RuleDefinition> Parse(string file, string content)
    {
        var rules = new List<RuleDefinition>();
        RuleBuilder? current = null;
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var space = line.IndexOf(' ');
            var key = space < 0 ? line : line[..space];
            var rest = space < 0 ? "" : line[(space + 1)..].Trim();
            if (key == "rule")
            {
                if (current is not null) rules.Add(current.Build());
                current = new RuleBuilder(rest, file, i + 1);
                continue;
            }
            if (current is null) throw new ResourceException(file, i + 1, $"'{key}' outside a rule");
            current.Add(key, rest, i + 1);
        }
        if (current is not null) rules.Add(current.Build());
        return rules;
    }

    private sealed class RuleBuilder(string name, string file, int line)
    {
        private readonly List<RuleExample> _examples = [];
        private readonly HashSet<string> _flags = [];
        private string? _match, _value, _mod;
        private TimexType? _type;

        public void Add(string key, string rest, int at)
        {
            switch (key)
            {
                case "match": _match = rest; break;
                case "type": _type = ParseType(rest, at); break;
                case "value": _value = rest; break;
                case "mod": _mod = rest; break;
                case "flags": _flags.UnionWith(rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)); break;
                case "example": _examples.Add(ParseExample(rest, at)); break;
                default: throw new ResourceException(file, at, $"unknown key '{key}' in rule {name}");
            }
        }

        public RuleDefinition Build()
        {
            if (string.IsNullOrEmpty(name)) throw new ResourceException(file, line, "rule without a name");
            if (_match is null || _value is null || _type is null)
                throw new ResourceException(file, line, $"rule {name} needs match, type and value");
            return new RuleDefinition(name, _match, _type.Value, _value, _mod, _flags, _examples, file, line);
        }

        private TimexType ParseType(string text, int at) => text switch
        {
            "DATE" => TimexType.Date,
            "TIME" => TimexType.Time,
            "DURATION" => TimexType.Duration,
            "SET" => TimexType.Set,
            _ => throw new ResourceException(file, at, $"unknown type '{text}'"),
        };

        private RuleExample ParseExample(string text, int at)
        {
            var arrow = text.LastIndexOf(" => ", StringComparison.Ordinal);
            var atSign = arrow < 0 ? -1 : text.LastIndexOf(" @ ", arrow, StringComparison.Ordinal);
            if (arrow < 0 || atSign < 0) throw new ResourceException(file, at, "example needs 'TEXT @ DCT => ...'");
            // "\n" in an example stands for a line break (a dateline on its own line, a new paragraph)
            var input = text[..atSign].Replace("\\n", "\n", StringComparison.Ordinal);
            var dct = text[(atSign + 3)..arrow].Trim();
            var expected = text[(arrow + 4)..].Trim();
            if (expected == "-")
                return new RuleExample(input, dct == "-" ? null : dct, null, TimexType.Date, null, TimexMod.None, file, at);
            var eq = expected.LastIndexOf(" = ", StringComparison.Ordinal);
            if (eq < 0) throw new ResourceException(file, at, "example needs '=> SPAN = TYPE VALUE [MOD]'");
            var parts = expected[(eq + 3)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is < 2 or > 3) throw new ResourceException(file, at, "example needs 'TYPE VALUE [MOD]'");
            var mod = parts.Length == 3 ? ModNames.Parse(parts[2]) : TimexMod.None;
            if (mod is null) throw new ResourceException(file, at, $"unknown mod '{parts[2]}'");
            return new RuleExample(input, dct == "-" ? null : dct, expected[..eq], ParseType(parts[0], at),
                parts[1], mod.Value, file, at);
        }
    }
}
