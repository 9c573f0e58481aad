"""Ukrainians in collective centres, with host families, evacuated from the front and coming
home, their homes repaired, and Armenians from Karabakh (10 articles with figures, 1
without)."""

from _wrap import item

item(
    "Collective centers shrink as government pushes displaced toward rentals",
    """Ukraine still has [[about 1,700 collective centers|capacity;a=the Ministry of Social
    Policy]] housing [[nearly 70,000 internally displaced people|displaced;a=the Ministry of
    Social Policy]], according to the Ministry of Social Policy, down from [[more than 4,000
    centers|capacity;a=the Ministry of Social Policy]] in {{2022}}. Most are dormitories,
    schools, sanatoriums and kindergartens that were hastily converted in the first months of
    the full-scale invasion. Under a resolution adopted in {{March}}, residents who have lived
    in a center for more than {{six months}} must pay for utilities unless they are disabled,
    pensioners or caring for children. In Zaporizhzhia Oblast, the regional administration said
    it had closed [[12 centers|capacity;a=the regional administration]] this year and moved
    [[about 600 residents|displaced;a=the regional administration]] to other sites. Olha
    Kovalenko, {{71}}, fled Vovchansk in {{May 2024}} and lives in a former student dormitory
    in Kharkiv. "There are [[six of us|displaced;n=-;a=Olha Kovalenko]] in one room, and one
    kitchen for the whole floor," she said. The International Organization for Migration
    estimates that [[3.6 million people|displaced;a=The International Organization for
    Migration]] are displaced inside Ukraine. The government pays a monthly allowance of
    {{2,000 hryvnias}} to displaced adults and {{3,000 hryvnias}} to children and people with
    disabilities. [[About 2.5 million people|aid]] received it in {{2023}}, but the number fell
    to [[about 1.1 million|aid]] after eligibility rules were tightened last spring.""",
)

item(
    "Ukrainian refugees weigh return as hopes fade, survey shows",
    """KYIV, {{Sept 18}} (Reuters) - [[About 4.3 million Ukrainian refugees|displaced;a=Eurostat;
    alt=Eurostat data]] remain under temporary protection in the European Union, Eurostat data
    show, more than {{two and a half years}} after Russia's full-scale invasion. A UNHCR survey
    published on Tuesday found that {{59 percent}} of refugees hoped to go back one day, down
    from {{77 percent}} in {{2023}}, and that only a small share planned to do so within {{a
    year}}. The International Organization for Migration estimates that [[about 4.5 million
    people|returned;a=The International Organization for Migration]] have returned to their
    homes in Ukraine since {{2022}}, [[1.2 million of them|returned;n=-;a=The International
    Organization for Migration]] from abroad. The State Border Guard Service said [[about
    30,000 more people|returned;a=The State Border Guard Service]] entered Ukraine than left it
    in {{August}}. Germany hosts [[about 1.2 million Ukrainians|displaced]] and Poland [[nearly
    980,000|displaced]]. Nataliya, {{39}}, came back from Kraków in {{June}} with [[her two
    daughters|returned]]. "The girls wanted to go to a Ukrainian school. We have blackouts and
    sirens, but we are home," she said. The new Ministry of National Unity aims to help
    [[500,000 Ukrainians|returned;p;a=The new Ministry of National Unity]] come back by the end
    of {{2026}}, but officials admit that few will return while the war goes on.""",
)

item(
    "Sumy Oblast orders evacuation of 11 more villages",
    """Sumy Oblast authorities ordered the mandatory evacuation of [[11 more villages|other;a=the
    regional military administration]] near the Russian border on {{June 2}}, the regional
    military administration said, as Russian troops pushed toward Yunakivka. [[About 52,000
    people|displaced;a=the administration;alt=the regional military administration]] have been
    evacuated from the border areas since {{August 2024}}, the administration said. The order
    applies first to families with children, and [[213 children|displaced]] were taken out in
    the past week. But [[about 700 residents|civilians;a=the head of the regional
    administration]], most of them elderly, still live in the villages under the order, the
    head of the regional administration told journalists. "They say they will die in their own
    homes," he added. Evacuees are taken to a transit center in Sumy, which has received [[more
    than 3,000 people|displaced]] since {{March}}. Volunteers from Proliska and the Ukrainian
    Red Cross have given food and hygiene kits to [[1,500 evacuees|aid]]. Russian drones killed
    [[three people|killed]] in Bilopillia on Sunday, and [[about 200 homes|housing;a=the town
    council]] in the town have been damaged since {{May}}, according to the town council.
    People who need help to leave can call the evacuation hotline on {{0 800 33 90 21}}.""",
)

item(
    "More than 100,000 Armenians have left Nagorno-Karabakh, Yerevan says",
    """GORIS, Armenia, {{Sept 30}} (Reuters) - [[More than 100,000 people|displaced;a=the Armenian
    government]] have fled Nagorno-Karabakh for Armenia, the Armenian government said on
    Saturday, out of [[an estimated population of 120,000|civilians;a=the Armenian government]]
    before Azerbaijan took control of the enclave last week. A government spokeswoman said that
    by {{5 pm}}, [[100,417 people|displaced;a=A government spokeswoman]] had crossed the Hakari
    bridge, [[about 30,000 of them|displaced;n=-;a=A government spokeswoman]] children. An
    explosion at a fuel depot outside Stepanakert, where people were queuing for petrol to
    leave, killed [[more than 200 people|killed;a=local authorities]], local authorities said.
    The International Committee of the Red Cross said it had evacuated [[23
    patients|displaced;a=The International Committee of the Red Cross]] with severe burns to
    Armenia. In Goris, [[more than 2,000 volunteers|other]] cooked, sorted clothes and drove
    families to relatives around the country. The government said [[about 40,000
    refugees|displaced;a=The government]] still needed housing. "We left everything. We buried
    our dead and came," said Gayane, {{54}}, who drove for {{30 hours}} on a road usually
    crossed in two. Azerbaijan has said that Armenians who stay will have their rights
    guaranteed.""",
)

item(
    "A year on, Karabakh Armenians struggle to find a home",
    """Yerevan (AFP) - Armenia's government says [[about 115,000 people|displaced;a=Armenia's
    government]] who fled Nagorno-Karabakh are registered as refugees, and that [[about 20,000
    of them|displaced;n=-;a=Armenia's government]] have since left for Russia and elsewhere.
    Under a housing programme launched in {{May}}, each family member can receive a certificate
    worth up to {{5 million drams}} ({{$12,800}}) towards a home. So far, only [[2,500
    families|aid]] have received the certificates. The state also pays {{50,000 drams}} a month
    to each refugee, and [[about 100,000 people|aid]] receive it. In a Soviet-era sanatorium in
    Jermuk, [[140 refugees|displaced]] share [[60 rooms|capacity;u=structure]]. "We had a house
    with a garden in Martuni. Here I have a bed and a kettle," said Anahit Sargsyan, {{67}}.
    [[About 5,000 families|displaced;a=aid groups]] live in rented flats whose rents have risen
    sharply since the exodus, aid groups say. The government plans to build [[4,000
    apartments|housing;p;a=The government]] for refugee families by {{2027}}, in Kotayk and
    Ararat provinces. Many refugees say they want to stay together rather than be scattered
    across the country.""",
)

item(
    "eRecovery has paid for repairs to 100,000 damaged homes, ministry says",
    """[[More than 100,000 families|aid;a=the Ministry for Development of Communities and
    Territories]] have received compensation for damaged homes under the eRecovery program, the
    Ministry for Development of Communities and Territories said on {{Jan 15}}. The program has
    paid out {{UAH 8.5 billion}} since it was launched in {{May 2023}}. Separately, [[about
    13,000 families|aid;a=the ministry;alt=the Ministry for Development of Communities and
    Territories]] whose homes were destroyed have received housing certificates, the ministry
    said, and [[some 3,000 of them|aid;n=-;u=household;a=the ministry;alt=the Ministry for
    Development of Communities and Territories]] have used them to buy apartments, most in Kyiv
    Oblast. [[Another 40,000 applications|other;u=other]] are still being reviewed, and [[about
    7,000|other;u=other]] have been rejected, most because the homes are in occupied areas. The
    Kyiv School of Economics estimates that Russian attacks have damaged or destroyed [[more
    than 236,000 residential buildings|housing;a=The Kyiv School of Economics]], including
    [[about 210,000 private houses|housing;a=The Kyiv School of Economics]]. In Kharkiv Oblast,
    [[2,300 homes|housing;a=the regional administration]] were repaired last year with
    eRecovery money, the regional administration said. "The roof was fixed in {{three weeks}}.
    The windows took longer, because of the blackouts," said Valentyna Hrytsenko, {{64}}, from
    Tsyrkuny. Payments for repairs are capped at {{UAH 200,000}}.""",
)

item(
    "Pokrovsk residents urged to leave as Russian forces close in",
    """POKROVSK, Ukraine (AP) — Authorities in Pokrovsk on Monday ordered families with children
    to leave the eastern city as Russian troops advanced to within {{10 kilometers}}. [[About
    53,000 people|civilians;a=the head of the city military administration]] still live in
    Pokrovsk, out of a prewar population of [[about 60,000|civilians;a=the head of the city
    military administration]], the head of the city military administration said. The order
    covers [[about 1,100 children|civilians]] in the city and nearby villages. The regional
    governor said [[more than 8,000 people|displaced;a=The regional governor]] had left the
    Pokrovsk district in the past week. Russian strikes killed [[four civilians|killed]] in the
    city on Sunday. Volunteers from the group East SOS said they had evacuated [[about 300
    people|displaced;a=Volunteers from the group East SOS]], many of them elderly and
    bedridden, using [[eight buses|other]] and an armored van. The city's coking coal mine,
    which employs [[some 2,000 miners|other]], was still working on Monday. Evacuation trains
    leave daily from Pavlohrad, about {{100 kilometers}} to the west. "My mother is {{86}}. She
    says she has lived through one war and will live through this one," said Iryna, a
    pharmacist who put her children on a bus to Dnipro.""",
)

item(
    "Kakhovka dam collapse: thousands evacuated from flooded Kherson",
    """[[More than 2,700 people|displaced;a=the regional governor]] have been evacuated from
    flooded areas of Kherson Oblast since the Kakhovka dam was destroyed on {{June 6}}, the
    regional governor said. [[Over 3,600 houses|housing]] were under water on the
    Ukrainian-controlled right bank of the Dnipro. The prime minister said [[about 80
    settlements|other;u=other;a=The prime minister]] were in the flood zone on both banks. [[At
    least 10 people|killed]] have died in the flooding on the Ukrainian-controlled side. In
    Russian-occupied Oleshky, [[hundreds of residents|civilians;a=local people]] were trapped
    on rooftops without food or water, local people said. Ukraine's State Emergency Service
    deployed [[more than 1,000 rescuers|other]] and used boats and amphibious vehicles to reach
    the islands. Evacuation trains took [[about 250 people|displaced]] to Mykolaiv,
    Khmelnytskyi and Kyiv. The UN said [[about 16,000 people|civilians;a=The UN]] had lost
    access to drinking water. The water in Kherson peaked at {{5.6 meters}} on Wednesday and
    has started to fall slowly.""",
)

item(
    "In western Ukraine, host families count the cost of a long war",
    """Under the government's Prykhystok program, [[about 80,000 households|capacity]] are paid to
    host [[about 300,000 displaced people|displaced]] in their homes. The compensation, which
    covers utility bills, is {{UAH 450}} per guest per month, a sum many hosts call symbolic.
    Lviv Oblast alone has [[some 170,000 registered displaced people|displaced;a=the regional
    administration]], according to the regional administration. Halyna Moroz, {{58}}, has
    hosted [[five people|displaced]] from Mariupol in her two-room apartment since {{March
    2022}}. "At first it was for a few weeks. Now they are family, but my pension does not
    stretch," she said. The Norwegian Refugee Council gave winter cash to [[2,400 host
    families|aid;a=the council;alt=The Norwegian Refugee Council]] in Lviv and Zakarpattia, the
    council said. As the war drags on, local authorities are turning to collective housing
    instead: Uzhhorod has converted [[14 dormitories|capacity;u=structure]], and a modular town
    on the city's edge has [[320 modular homes|capacity]] for [[about 1,400 people|capacity]].
    Aid workers say host families are getting older and poorer, and that fewer are willing to
    take in newcomers.""",
)

item(
    "The last Armenians of Stepanakert",
    """When a UN mission reached Stepanakert, which Azerbaijan calls Khankendi, on Sunday, it was
    the first international visit in {{30 years}}. The mission said it had been told that
    [[between 50 and 1,000 ethnic Armenians|civilians;a=The mission]] remained in the region.
    The Armenian government says [[100,514 people|displaced;a=The Armenian government]] arrived
    from Karabakh in the space of {{a week}}. The International Committee of the Red Cross said
    it was in contact with [[about 20 elderly residents|civilians;a=The International Committee
    of the Red Cross]] in Stepanakert who had no relatives to leave with. At the city's
    hospital, [[fewer than a dozen doctors|civilians]] stayed behind. At the Kornidzor border
    post, officials said the last bus on Saturday carried [[15 people|displaced;a=officials]],
    most of them sick. Azerbaijani forces have detained [[at least eight former
    leaders|arrested]] of the self-declared republic. Baku says it will resettle [[10,000
    Azerbaijani families|returned;p;a=Baku]] in the region by {{2026}} under what it calls the
    Great Return, bringing back people displaced in the war of the {{1990s}}. [[About 1,500
    former residents|returned;a=officials in Baku]] have already moved back to Lachin and
    Fuzuli, officials in Baku said.""",
)

item(
    "How to apply for a housing certificate through eRecovery",
    """Ukrainians whose homes were destroyed by Russian attacks can apply for a housing
    certificate through the Diia portal or at any Administrative Services Center. Applications
    are accepted until {{December 31, 2025}}, and the certificate is valid for {{five years}}
    from the date it is issued. Applicants must be over {{18}} and must have owned the
    destroyed home on {{February 24, 2022}}. The certificate can be used to buy an apartment or
    a house, including one under construction, anywhere in government-controlled Ukraine. For
    homes in towns near the front line, a commission inspects the damage within {{30 days}}.
    The certificate covers the price of a home up to a limit set by region, about {{UAH 2
    million}} for a family in Kyiv Oblast. Questions can be put to the Ministry's hotline at
    {{1545}}.""",
)
