"""dev74 items: Yemen and Syria (2015-2025): needs, cholera, detentions, crossings, returns."""

from _wrap import item

item(
    "Yemen: 19.5 million need aid as funding dries up",
    """OCHA said [[19.5 million people|civilians;a=OCHA]] in Yemen would need humanitarian aid
    in {{2025}}, [[4.5 million|displaced;a=OCHA]] of them displaced, while the appeal of {{$2.5
    billion}} was only {{9%}} funded by {{April}}. Aid agencies said they had been forced to
    close [[more than 400 nutrition centres|other;a=Aid agencies]] for lack of money.""",
)

item(
    "Houthis detain seven more UN staff",
    """The Houthis detained [[seven more UN staff|arrested;a=the UN]] in Sanaa on {{January
    23}}, bringing the number of UN personnel they hold to [[24|arrested;a=the UN]], the UN
    said. [[A WFP staff member|killed;v=1;q=exact]] died in Houthi detention in Saada in
    {{February}}, after which the UN paused its work in the province. Aid groups said [[dozens
    of staff|arrested; a=Aid groups]] of NGOs and embassies were also held.""",
)

item(
    "Cholera cases in Yemen highest in the world",
    """The WHO said Yemen recorded [[more than 249,000 suspected cholera cases|other;a=The WHO]]
    and [[861 associated deaths|killed;a=The WHO]] in {{2024}}, the highest burden of any
    country. Partners set up [[120 oral rehydration corners|aid;u=structure;a=The WHO]] and [[38
    treatment centres|aid;a=The WHO]], it said.""",
)

item(
    "UN inspectors clear fuel ships for Hodeidah",
    """The UN Verification and Inspection Mechanism (UNVIM) said it had cleared [[four
    ships|other;a=The UN Verification and Inspection Mechanism (UNVIM)]] carrying [[about 92,000
    tonnes|other;a=The UN Verification and Inspection Mechanism (UNVIM)]] of fuel for Hodeidah
    in {{March}}. Fuel imports were down {{40%}} on the year, and hospitals in Sanaa were
    running generators for only {{eight hours}} a day.""",
)

item(
    "Yemen's children face record malnutrition",
    """UNICEF said [[2.2 million children|civilians;a=UNICEF]] {{under five}} in Yemen were
    acutely malnourished, [[more than 500,000|civilians;a=UNICEF]] of them severely, and that
    [[1.3 million pregnant and breastfeeding women|civilians;n=women;a=UNICEF]] also needed
    treatment. In parts of Hodeidah and Taiz, global acute malnutrition passed the emergency
    threshold of {{15%}}.""",
)

item(
    "Fighting near Marib drives new displacement",
    """[[Between 2,000 and 2,500 families|displaced;a=the IOM]] fled fighting in Sirwah and
    Raghwan districts in {{September}}, the IOM said. Marib governorate already hosts [[about 1
    million displaced people|displaced;a=local authorities]], according to local authorities, in
    [[more than 190 displacement sites|capacity;a=local authorities]] where {{one in three}}
    families has no latrine.""",
)

item(
    "Road into Taiz reopens after nine years",
    """The Houthis reopened the al-Hawban road into the city of Taiz on {{June 13, 2024}}, a
    route closed since {{2015}}. The trip to Hawban now takes about {{10 minutes}} instead of
    {{five to six hours}} over a {{100-kilometre}} mountain detour, residents said. The UN had
    called for the road's reopening in {{2022}}.""",
)

item(
    "Strike on migrant detention centre in Saada",
    """[[At least 68 African migrants|killed;a=the Houthi-run interior ministry]] were killed
    and [[47|injured;a=the Houthi-run interior ministry]] wounded when a US airstrike hit a
    detention centre in Saada on {{April 28}}, the Houthi-run interior ministry said. The centre
    was holding [[115 migrants|arrested;a=the Houthi-run interior ministry]], it said.""",
)
item(
    "Hospital supported by MSF hit in Hajjah",
    """An airstrike on the Abs hospital in Hajjah governorate killed [[19
    people|killed;a=Médecins Sans Frontières]], [[one of them|killed;n=-;a=Médecins Sans
    Frontières]] an MSF staff member, and wounded [[24|injured;a=Médecins Sans Frontières]],
    Médecins Sans Frontières said. It was the {{fourth}} attack on an MSF-supported facility in
    Yemen in {{less than a year}}, and the charity withdrew its staff from [[six
    hospitals|other;a=the charity;alt=Médecins Sans Frontières]] in the north, the charity said.""",
)

item(
    "WFP to resume food distributions in northern Yemen",
    """The World Food Programme said it would resume distributions to [[about 2.4 million
    people|aid;p;a=The World Food Programme]] in Houthi-controlled areas after a pause of {{four
    months}}. Before the pause, it was reaching [[9.5 million people|aid;a=The World Food
    Programme]] a month, it said, in a country where [[17 million|civilians]] go hungry.""",
)

item(
    "Cross-border aid to northwest Syria resumes through Bab al-Hawa",
    """[[Seventeen trucks|aid;a=OCHA]] carrying UN food and hygiene supplies crossed from Turkey
    through Bab al-Hawa on {{Tuesday}}, OCHA said, the first since the lapse of {{Resolution
    2672}}. Before the lapse, [[about 600 trucks a month|aid;a=the agency;alt=OCHA]] used the
    crossing, the agency said, for [[4.1 million people|civilians;v=4100000;a=the
    agency;alt=OCHA]] in need in the northwest.""",
)

item(
    "Half a million Syrian refugees return after fall of Assad",
    """UNHCR said [[more than 500,000 Syrians|returned;a=UNHCR]] had returned from abroad since
    {{December 8}}, and [[1.2 million|returned;a=UNHCR]] people displaced inside the country had
    gone back to their home areas. The agency said [[up to 1.5 million refugees|returned;p;a=The
    agency;alt=UNHCR]] could return by the end of the year if funding allowed.""",
)

item(
    "Al-Hol camp population falls as Iraq repatriates families",
    """Al-Hol camp in northeast Syria still holds [[about 40,000 people|displaced;a=the
    Kurdish-led administration]], most of them women and children, the Kurdish-led
    administration said. Iraq repatriated [[about 2,000 people|returned]] from the camp in
    {{March}}, its {{17th}} convoy, and plans to bring back [[a further
    3,000|returned;p;a=Iraq's migration ministry]] by {{June}}, Iraq's migration ministry said.""",
)

item(
    "Violence on Syria's coast kills hundreds of civilians",
    """The Syrian Observatory for Human Rights said [[more than 1,500 civilians|killed;a=The
    Syrian Observatory for Human Rights]], most of them Alawites, were killed in Latakia, Tartus
    and Hama provinces between {{March 6}} and {{March 10}}. UNHCR said [[about 21,000
    people|displaced;a=UNHCR]] had fled across the border to northern Lebanon.""",
)

item(
    "Idlib offensive displaces nearly a million",
    """OCHA said [[nearly 950,000 people|displaced;a=OCHA]] had been displaced in northwest
    Syria between {{December 1}} and {{mid-February}}, {{81%}} of them women and children.
    [[About 170,000|displaced;a=OCHA]] were sleeping in the open or in unfinished buildings, it
    said, in temperatures as low as {{minus 7C}}.""",
)

item(
    "First UN convoy in four years reaches Rukban",
    """A UN convoy of [[25 trucks|aid;a=the UN resident coordinator's office]] reached the
    Rukban camp near the Jordanian border on {{Saturday}}, the first in {{four years}}, the UN
    resident coordinator's office said. [[About 7,500 people|civilians;a=the UN resident
    coordinator's office]] remain in the camp inside the {{55-kilometre}} deconfliction zone, it
    said.""",
)

item(
    "WFP: 12.9 million Syrians do not have enough to eat",
    """The World Food Programme said [[12.9 million Syrians|civilians;a=The World Food
    Programme]] did not have enough to eat, [[3.1 million|civilians;a=The World Food Programme]]
    of them severely food insecure. It said it would cut assistance in {{July}} to [[about 1
    million people|aid;p;a=The World Food Programme]], down from [[5.5 million|aid;a=The World
    Food Programme]], because of a shortfall of {{$300 million}}.""",
)

item(
    "Storms flood camps in northwest Syria",
    """Heavy rain and wind damaged or destroyed [[more than 2,000 tents|housing;a=the Response
    Coordination Group]] in camps around Idlib and Afrin, the Response Coordination Group said
    on {{January 18}}, affecting [[about 12,000 families|civilians;a=the Response Coordination
    Group]]. [[A child|killed;v=1;q=exact]] drowned in a flooded camp near Harem. Aid groups
    distributed [[3,500 tarpaulins|aid]] and [[900 heaters|aid;u=other]].""",
)

item(
    "Cholera spreads in northern Syria",
    """The WHO said [[more than 20,000 suspected cholera cases|other;a=The WHO]] and [[75
    deaths|killed;a=The WHO]] had been recorded across Syria since the outbreak was declared in
    {{September}}. Aleppo accounted for about {{70%}} of cases. Health partners have vaccinated
    [[1.7 million people|aid;a=the WHO]] in the northwest, according to the WHO.""",
)

item(
    "Syria's schools damaged, millions of children out of class",
    """UNICEF said [[more than 7,000 schools|housing;a=UNICEF]] in Syria had been damaged or
    destroyed since {{2011}}, and [[2.4 million children|civilians;a=UNICEF]] were out of
    school. [[About 1,000 schools|capacity;a=UNICEF]] are still used as shelters for displaced
    families, it said.""",
)

item(
    "Yemen cash transfers reach 1.4 million families",
    """UNICEF and the World Bank said their emergency cash transfer programme had reached [[1.4
    million households|aid;a=UNICEF and the World Bank]] in its latest cycle, [[about 9 million
    people|aid;a=UNICEF and the World Bank]]. Each household receives between {{$36 and $90}}
    every {{three months}}, depending on its size.""",
)

item(
    "Cross-border aid mandate lapses at Security Council",
    """The Security Council failed on {{July 11, 2023}} to extend the cross-border aid mandate
    for northwest Syria created under {{Resolution 2165}} of {{2014}}. A proposal for {{nine
    months}} fell short, and a rival Russian text for {{six months}} was also rejected. Damascus
    later allowed UN use of Bab al-Hawa for {{six months}}.""",
)
