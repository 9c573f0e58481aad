"""Six items with numbers but no figure: results, curfew hours, wages, a law, an anniversary,
an internet blackout."""

from _wrap import item

item(
    "Faye wins Senegal presidency ten days after leaving jail",
    """Bassirou Diomaye Faye won Senegal's presidential election in the first round with
    {{54.3%}} of the vote, the Constitutional Council confirmed on Friday, {{10 days}} after he
    walked out of prison under an amnesty. His main rival, former prime minister Amadou Ba, took
    {{35.8%}}. Turnout was {{61.3%}}, election officials said. Faye, {{44}}, will be the youngest
    president since independence in {{1960}}. The vote had been set for {{February 25}} before
    outgoing president Macky Sall tried to push it back to {{December 15}}, a delay lawmakers
    approved by {{105 votes to one}} and the council struck down.""",
)

item(
    "New Caledonia curfew extended as airport stays shut",
    """The French high commission in New Caledonia said on Tuesday that the night-time curfew in
    Nouméa would be extended until {{June 3}}, running from {{6pm}} to {{6am}}. La Tontouta
    international airport will stay closed to commercial flights until at least Saturday. The
    unrest broke out on {{May 13}} as lawmakers in Paris debated a constitutional change that
    would let French citizens who have lived on the archipelago for {{10 years}} vote in
    provincial elections. President Emmanuel Macron, who flew in for {{less than 24 hours}} last
    week, said the reform would not be forced through. The state of emergency declared on {{May
    15}} lapsed after {{12 days}}.""",
)

item(
    "Nigeria's unions suspend strike after minimum wage offer",
    """Nigeria's main labour bodies suspended an indefinite general strike on Tuesday, {{two days}}
    after it shut the national grid, airports and hospitals, when the government offered to raise
    the minimum wage above {{60,000 naira}} a month. The Nigeria Labour Congress (NLC) had
    demanded {{494,000 naira}}, citing inflation of nearly {{34%}} and the end of a petrol
    subsidy that tripled fuel prices last year. The current minimum of {{30,000 naira}}, about
    {{$20}} at the parallel market rate, was set in {{2019}} and was due for review in {{2022}}.
    Union leaders gave the government {{one week}} to send a bill to parliament.""",
)

item(
    "Hong Kong lawmakers pass Article 23 security law",
    """Hong Kong's legislature unanimously passed a new national security law on Tuesday, {{11
    days}} after the bill was introduced, completing a measure required under {{Article 23}} of
    the Basic Law. The vote was {{89-0}}. Treason and insurrection carry sentences of up to life
    in prison, and sedition up to {{seven years}}, or {{10 years}} if it involves 'external
    forces'. A first attempt to pass such a law was shelved in {{2003}} after mass protests. The
    law takes effect on {{March 23}}.""",
)

item(
    "Two years after the Aragalaya, Sri Lanka's protest site is quiet",
    """On the second anniversary of the day protesters stormed the president's house, the tents
    that once lined Galle Face Green in Colombo are long gone. Sri Lanka signed a {{$2.9
    billion}} bailout with the International Monetary Fund in {{March 2023}}, and inflation,
    which peaked at {{69.8%}} in {{September 2022}}, has fallen below {{2%}}. The economy shrank
    by {{7.3%}} in {{2022}} but is forecast to grow by about {{3%}} this year. Activists from the
    movement say the fuel queues have gone but the {{13-hour}} power cuts are not forgotten. A
    presidential election is due by October.""",
)

item(
    "Iran's internet blackout enters second week",
    """Internet connectivity in Iran stood at about {{5%}} of ordinary levels on Sunday, the
    monitoring group NetBlocks said, a week after the authorities cut access as protests spread
    over a rise in fuel prices. The shutdown costs the economy an estimated {{$37 million}} a day,
    according to the group {{Top10VPN}}. Lawyers note that {{Article 27}} of the constitution allows
    public gatherings as long as they do not violate the fundamentals of Islam.""",
)
