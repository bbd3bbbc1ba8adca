namespace SiteGen.CorpusGenerator;

/// <summary>
/// A kind of happening: which actors it needs (<c>P</c> person, <c>C</c> country, <c>O</c> organisation) and how
/// news writes it. Placeholders: {a} {b} actors, {p} place, {t} topic, {d} date expression.
/// </summary>
public sealed record StoryKind(string Name, string Slots, string[] Headlines, string[] Sentences)
{
    public static readonly StoryKind[] All =
    [
        new("top", "PP",
            ["{a} en {b} spreken in {p} over {t}", "ontmoeting {a} en {b} in {p}", "{a} ontvangt {b} in {p}"],
            ["{a} en {b} ontmoetten elkaar {d} in {p}.", "{d} spraken {a} en {b} in {p} met elkaar over {t}.",
             "Tijdens hun ontmoeting in {p} {d} bespraken {a} en {b} vooral {t}."]),
        new("akkoord", "CO",
            ["akkoord tussen {a} en {b} over {t}", "{a} en {b} eens over {t}"],
            ["{a} en {b} sloten {d} een akkoord over {t}.", "Het akkoord over {t} tussen {a} en {b} werd {d} in {p} getekend.",
             "{d} bereikten {a} en {b} overeenstemming over {t}."]),
        new("staking", "O",
            ["staking bij {a} legt {p} stil", "personeel {a} staakt in {p}"],
            ["{d} legden medewerkers van {a} in {p} het werk neer.", "De staking bij {a} in {p} begon {d}.",
             "Bij {a} in {p} werd {d} gestaakt uit onvrede over {t}."]),
        new("brand", "O",
            ["grote brand in {p}", "brand verwoest pand van {a} in {p}"],
            ["{d} brak een grote brand uit in een pand van {a} in {p}.", "De brand in {p} werd {d} ontdekt.",
             "Bij de brand in {p} {d} raakte niemand gewond, meldde {a}."]),
        new("maatregel", "P",
            ["{a} komt met maatregelen voor {t}", "{a} wil ingrijpen in {t}"],
            ["{a} kondigde {d} nieuwe maatregelen aan voor {t}.", "{d} presenteerde {a} in {p} een plan voor {t}.",
             "De maatregelen voor {t} die {a} {d} aankondigde, stuiten op kritiek."]),
        new("stemming", "O",
            ["{a} stemt in met wet over {t}", "{a} verwerpt plan voor {t}"],
            ["{a} stemde {d} in met het wetsvoorstel over {t}.", "{d} nam {a} een besluit over {t}.",
             "Na een lang debat stemde {a} {d} over {t}."]),
        new("bezoek", "PC",
            ["{a} op bezoek in {b}", "{a} bezoekt {b} voor gesprekken over {t}"],
            ["{a} bracht {d} een bezoek aan {b}.", "{d} arriveerde {a} voor een bezoek aan {b}.",
             "Tijdens het bezoek van {a} aan {b} {d} ging het vooral over {t}."]),
        new("storm", "O",
            ["zware storm treft {p}", "code oranje in {p} door storm"],
            ["{d} trok een zware storm over {p}; {a} gaf code oranje af.", "De storm die {d} over {p} raasde, richtte veel schade aan.",
             "{a} waarschuwde {d} voor zware windstoten in {p}."]),
        new("rechtszaak", "PO",
            ["rechter doet uitspraak in zaak tegen {a}", "{b} eist straf tegen {a}"],
            ["{d} deed de rechtbank in {p} uitspraak in de zaak tegen {a}.", "{b} eiste {d} een celstraf tegen {a}.",
             "De zaak tegen {a} diende {d} in {p}."]),
    ];
}
