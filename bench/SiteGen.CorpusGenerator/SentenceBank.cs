using static SiteGen.CorpusGenerator.DutchCalendar;

namespace SiteGen.CorpusGenerator;

/// <summary>The sentences around the headline event: reactions, quotes, background, plans and plain filler.</summary>
public sealed class SentenceBank(DeterministicRandom random, DateExpressionWriter dates)
{
    private static readonly string[] Subjects =
    [
        "het kabinet", "de gemeenteraad", "de provincie", "het bedrijf", "de politie", "het ziekenhuis", "de universiteit",
        "de vakbond", "het waterschap", "de toezichthouder", "de oppositie", "het ministerie", "de werkgevers",
    ];

    private static readonly string[] Clauses =
    [
        "dat de kosten hoger uitvallen dan verwacht", "dat er meer tijd nodig is", "dat de plannen worden uitgesteld",
        "dat de inwoners worden geraadpleegd", "dat het besluit definitief is", "dat er geen geld meer is",
        "dat de resultaten bemoedigend zijn", "dat er nog veel onzeker is", "dat de gevolgen groot zijn",
    ];

    private static readonly string[] Quotes =
    [
        "We nemen dit zeer serieus", "Dit is een belangrijke stap", "Hier hebben we lang op gewacht",
        "Het is nog te vroeg om conclusies te trekken", "We gaan hier niet mee akkoord", "Iedereen moet nu zijn verantwoordelijkheid nemen",
    ];

    private static readonly string[] Fillers =
    [
        "volgens betrokkenen", "naar verluidt", "na lang overleg", "tot verrassing van velen", "ondanks kritiek",
        "in een verklaring", "tijdens een persconferentie", "op basis van nieuwe cijfers",
    ];

    public string Reaction(DateOnly published)
    {
        var person = random.Pick(Gazetteer.People);
        var when = dates.Write(published, published.AddDays(-random.Next(0, 3)));
        return random.Next(3) switch
        {
            0 => $"{Capitalize(person.Role)} {person.Name} liet {when} weten {random.Pick(Clauses)}.",
            1 => $"'{random.Pick(Quotes)}', zei {person.Surname} {when} {random.Pick(Fillers)}.",
            _ => $"{Capitalize(random.Pick(Subjects))} reageerde {when} {random.Pick(Fillers)}: {random.Pick(Clauses)}.",
        };
    }

    public string Background(Story story, DateOnly published)
    {
        var expression = published.DayNumber - story.Date.DayNumber > 45 && random.Chance(0.5)
            ? dates.Coarse(published, story.Date)
            : dates.Write(published, story.Date);
        var sentence = story.Sentence(random, expression);
        return random.Next(3) switch
        {
            0 => $"Ter herinnering: {sentence}",
            1 => $"Eerder in het nieuws: {sentence}",
            _ => Capitalize(sentence),
        };
    }

    public string Plan(DateOnly published)
    {
        var ahead = published.AddDays(random.Next(2, 120));
        var when = random.Chance(0.3) ? $"voor {DayMonthYear(ahead)}" : dates.Write(published, ahead);
        return random.Next(3) switch
        {
            0 => $"{Capitalize(random.Pick(Subjects))} wil {when} meer duidelijkheid geven.",
            1 => $"Een besluit wordt {when} verwacht.",
            _ => $"De eerste resultaten volgen {when}, om {random.Next(9, 18)}.{random.Pick(["00", "15", "30", "45"])} uur.",
        };
    }

    public string Duration() => random.Next(4) switch
    {
        0 => $"{Capitalize(random.Pick(Subjects))} onderzoekt de zaak al {random.Pick(["drie", "vier", "zes"])} maanden.",
        1 => $"Elke {random.Pick(Weekdays)} overleggen de partijen over de voortgang.",
        2 => $"Het project duurt naar verwachting {random.Pick(["twee", "vijf", "tien"])} jaar.",
        _ => $"Sinds {random.Next(2005, 2015)} is het aantal klachten verdubbeld.",
    };

    public string Filler() =>
        $"{Capitalize(random.Pick(Subjects))} {random.Pick(["meldde", "stelde", "benadrukte", "erkende"])} {random.Pick(Fillers)} " +
        $"{random.Pick(Clauses)}, en {random.Pick(Gazetteer.Organisations)} {random.Pick(["volgt de ontwikkelingen", "onderzoekt de gevolgen", "wacht af"])}.";
}
