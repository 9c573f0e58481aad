"""dev430 items, part 4: the aftermath in the three regions, 2024-2026: temporary accommodation
centres, payments and housing certificates, returns, the missing and the held, rebuilding."""

from _wrap import item

item(
    "Thousands still in Kursk's temporary accommodation centres a year on",
    """
A year after Ukrainian troops crossed the border, [[about 3,100 people|displaced;a=the regional
government]] from the Kursk region's border districts are still living in [[62 temporary accommodation
centres|capacity;a=the regional government]], the regional government said on {{August 5}}. At the
peak, in {{September 2024}}, the centres housed [[more than 14,000 evacuees|displaced]]. Many of those
who remain are elderly residents of Sudzha and Korenevo whose homes were destroyed, and [[between 300
and 400|displaced;n=-;a=the regional social protection ministry]] are bedridden or disabled, according
to the regional social protection ministry. The centres, mostly sanatoriums, student dormitories and
children's camps in Kursk and Zheleznogorsk, can house [[up to 6,500 people|capacity]], but [[11|capacity;n=-;u=structure;p]] of
them are due to close by the end of the year. Alexander Khinshtein, the
acting governor, said [[a further 2,000 people|displaced;a=Alexander Khinshtein]] were living in
hotels or flats rented by the region.
""",
)

item(
    "Kursk families who lost homes start receiving housing certificates",
    """
The Kursk region has issued [[5,460 housing certificates|aid;u=other;a=the regional construction
ministry]] to families whose homes were destroyed or lie in areas still closed to residents, the
regional construction ministry said on {{June 24}}. The certificates, worth up to {{85,000 roubles}}
per square metre, let holders buy a flat anywhere in Russia, and [[about 3,900 families|aid;a=the
ministry;alt=the regional construction ministry]] have already used them, the ministry said.
Khinshtein said the region expected to issue [[another 4,000|aid;p;n=-;u=other;a=Khinshtein]] by the
end of the year. [[Some 12,000 families|displaced]] who lost their homes are still waiting for
housing. [[About 600 families|aid]] from Glushkovo have received payments of up to {{5 million
roubles}} to rebuild their houses instead. Flats in Kursk have become {{27%}} more expensive since the
incursion, according to the property portal Cian.
""",
)

item(
    "Kursk evacuees get 15,000-rouble payments; complaints over delays",
    """
[[More than 150,000 residents|aid;a=the regional social protection ministry]] of the Kursk region's
border districts have received a one-off payment of {{15,000 roubles}}, the regional social protection
ministry said on {{September 4}}, {{2024}}. A further [[98,000 people|aid]] have been paid {{10,000
roubles}} each for lost property, and [[about 12,000 more|aid;p;n=-]] are waiting to be paid.
[[Dozens of evacuees|other]] rallied outside the regional government building in Kursk last week,
complaining that the money was late. The regional government said it had handed out [[112,000 food
parcels|aid;a=The regional government]] and [[30 tonnes|aid;a=The regional government]] of baby food
since the incursion began. In Kursk, the city administration said [[about 1,500 volunteers|other;a=the
city administration]] were working at aid centres.
""",
)

item(
    "Residents return to Glushkovo as sappers clear the district",
    """
[[About 4,500 residents|returned;a=the district head]] have gone back to the Glushkovo district of the
Kursk region since villages began to reopen in June, the district head said on {{October 2}},
{{2025}}. Before the incursion the district had [[some 18,000 inhabitants|civilians]]. Sappers have
cleared more than {{3,000 hectares}} and removed [[about 9,000 mines and shells|other;n=mines and
shells;a=the Emergencies Ministry]], according to the Emergencies Ministry. [[Twelve villages|other]]
remain closed, and [[eleven residents|missing]] of the district are still missing. Returning families
receive {{50,000 roubles}} per person for repairs, and [[about 2,300 households|aid]] have been paid so
far. In the neighbouring Korenevo district, [[between 2,500 and 3,000 people|returned;a=its
administration]] have come back, its administration said.
""",
)

item(
    "ICRC says families of Kursk's missing still waiting for answers",
    """
The International Committee of the Red Cross said on {{August 30}}, {{2025}}, that it had registered
[[more than 1,800 people|missing;a=The International Committee of the Red Cross]] from the Kursk region
as missing in connection with the fighting. The organisation said it had visited [[about 350 Russian
civilians|arrested;a=The organisation;alt=The International Committee of the Red Cross]] held in
detention in Ukraine and passed news of them to their families. It said it had helped [[142
civilians|returned;a=The International Committee of the Red Cross]] go back to the Kursk region
through Belarus. Kursk officials say Ukrainian troops took [[more than 600 residents|kidnapped;a=Kursk
officials]] to Ukraine by force, which Kyiv denies; Ukraine says it evacuated [[several hundred
people|displaced;a=Ukraine]] at their own request. Russia's Investigative Committee said it was
investigating the deaths of [[at least 90 civilians|killed;a=Russia's Investigative Committee]] whose
bodies were found in Sudzha and nearby villages.
""",
)

item(
    "Belgorod has repaired 18,000 homes, governor says",
    """
Builders have repaired [[more than 18,000 homes|housing;a=Governor Vyacheslav Gladkov]] in the
Belgorod region damaged by Ukrainian shelling and drones since {{2022}}, Governor Vyacheslav Gladkov
said on {{December 2}}. [[About 1,300 families|aid;a=Governor Vyacheslav Gladkov]] whose houses could
not be saved have received housing certificates, he said. Gladkov said [[2,700 homes|housing;a=Gladkov]]
were still awaiting repair, most of them in Shebekino and Grayvoron. The region has paid compensation
to [[about 9,400 car owners|aid]]. Residents say windows are replaced within {{10 days}} but roofs can
take months. [[Some 170 construction crews|other;u=other;a=the regional construction ministry]] from
other regions are working in the border districts this winter, the regional construction ministry
said. [[Eighty-five apartment blocks|housing;u=structure]] in Belgorod had their facades rebuilt in
{{2025}}.
""",
)

item(
    "Belgorod winds down temporary centres as evacuees settle elsewhere",
    """
The Belgorod region has closed [[nine temporary accommodation centres|capacity;a=the regional social
protection ministry]] this year as evacuees from Shebekino and the border villages moved into rented
flats or went home, leaving [[15|capacity;n=-;u=structure;a=the regional social protection ministry]]
still open, the regional social protection ministry said. The remaining centres house [[1,100-1,200
people|displaced]], down from [[more than 4,000|displaced;n=-]] in the summer of {{2023}}. Officials
said [[some 26,000 people|returned;a=Officials]] had gone back to the Shebekino district since the
evacuation. Evacuees who leave the centres can claim rent support of up to {{20,000 roubles}} a month,
and [[3,400 families|aid;a=the ministry;alt=the regional social protection ministry]] received it in
October, the ministry said. Nadezhda, {{71}}, has lived in a former children's camp near Stary Oskol
since {{June 2023}}.
""",
)

item(
    "Kursk civilians among those returned in 1,000-for-1,000 exchange",
    """
Russia and Ukraine completed the largest prisoner exchange of the war on {{May 25}}, each side handing
over [[1,000 prisoners|other]] over {{three days}}. Russia's Defence Ministry said [[880
servicemen|other;a=Russia's Defence Ministry]] and [[120 civilians|returned;a=Russia's Defence
Ministry]] had been returned to Russia, among them residents of the Kursk region taken to Ukraine
during the incursion. Ukraine's coordination headquarters said [[307 Ukrainians|other;a=Ukraine's
coordination headquarters]] came home on the final day. Khinshtein said [[43 Kursk
residents|returned;a=Khinshtein]] were among those who came back, and that relatives had been waiting
for them at a centre in Kursk. Moscow says [[about 300 Kursk residents|kidnapped;a=Moscow]] taken by
Ukrainian troops during the incursion remain in Ukraine. The exchange was agreed at talks in Istanbul
on {{May 16}}, the {{first}} direct talks between the {{two sides}} since {{2022}}.
""",
)

item(
    "Belgorod children come home from summer camps in other regions",
    """
[[More than 4,000 children|returned;a=the regional education ministry]] from Belgorod and the border
districts came home on {{August 28}} after spending the summer in camps in other regions, the regional
education ministry said. [[Another 600|displaced;n=-]] whose homes in the Shebekino and Grayvoron
districts are unsafe will stay at a camp in the Kaluga region until the end of the year. Over the
summer the region sent [[11,500 children|displaced]] to [[48 camps|capacity]] in [[17
regions|other;u=other]], and [[about 900 teachers and counsellors|other;n=teachers and counsellors]]
went with them. Schools in Belgorod will open in person on {{September 1}}, but those in the border
districts will teach online.
""",
)

item(
    "Khinshtein sets out plan to rebuild Sudzha by 2028",
    """
Governor Alexander Khinshtein said on {{February 11}}, {{2026}}, that the region planned to rebuild
[[about 1,200 homes|housing;p;a=Governor Alexander Khinshtein]] in the Sudzha district this year and [[a
further 2,500|housing;p;n=-;u=structure;a=Governor Alexander Khinshtein]] by {{2028}}, with money from
the federal budget. Sudzha, which had [[about 5,500 residents|civilians]] before the incursion, is
still closed, with [[fewer than 200 people|civilians]] living there, mostly workers and officials. The
federal construction ministry said [[some 3,000 workers|other;p;a=The federal construction ministry]]
would be sent to the district. Khinshtein said [[about 9,000 people|displaced;a=Khinshtein]] from the
Sudzha district were still living elsewhere in the region, and [[2,000|displaced;n=-;a=Khinshtein]] in
other parts of Russia. [[About 150 residents|missing;a=the regional government]] of the district are
still listed as missing, according to the regional government.
""",
)

item(
    "ICRC delivers aid to Kursk evacuees",
    """
The International Committee of the Red Cross has delivered [[about 40 tonnes|aid;a=the
organisation;alt=The International Committee of the Red Cross]] of food, hygiene products and bedding
to the Kursk region, where it is helping [[8,000 to 10,000 people|aid;a=the organisation;alt=The
International Committee of the Red Cross]] displaced by the fighting, the organisation said on
{{October 9}}, {{2024}}. Its teams handed out [[4,500 hygiene kits|aid;a=The International Committee of
the Red Cross]] and [[2,000 blankets|aid;a=The International Committee of the Red Cross]] at temporary
accommodation centres in Kursk and Kurchatov, working with the Russian Red Cross, it said. The Russian
Red Cross said [[more than 3,000 volunteers|other;a=The Russian Red Cross]] had taken part in its
relief effort, and that its hotline had received [[about 19,000 calls|other;u=other;a=The Russian Red
Cross]], many from people looking for missing relatives. The ICRC said it had no access to the part
of the region held by Ukraine, where [[thousands of civilians|civilians;a=The ICRC]] were believed to
remain.
""",
)

item(
    "FSB detains Kursk residents accused of helping Ukrainian troops",
    """
The FSB said on {{May 6}}, {{2025}}, that it had detained [[14 residents|arrested;a=The FSB]] of the
Sudzha and Korenevo districts suspected of collaborating with Ukrainian forces during the incursion.
Russia's Defence Ministry says [[more than 1,000 Ukrainian soldiers|arrested;a=Russia's Defence
Ministry]] were taken prisoner in the Kursk region. Investigators said [[31|arrested;n=-;a=Investigators]] of them
had been convicted of terrorism and sentenced to {{between 15 and 20 years}}. Kursk officials say
retreating Ukrainian troops abducted [[at least 18 residents|kidnapped;a=Kursk officials]] of
Kurilovka. In Belgorod, police detained [[seven people|arrested]] in {{2025}} for posting videos of air
defences at work. Relatives say [[at least 40 people|missing;a=Relatives]] from Sudzha who stayed under
Ukrainian control have not been heard from since the town was retaken.
""",
)

item(
    "Belgorod builds concrete shelters at bus stops and in courtyards",
    """
The Belgorod region has installed [[more than 1,400 concrete shelters|other;u=structure;a=the regional
government]] at bus stops, schools and in courtyards since {{2023}}, and plans to add [[another
300|other;p;n=-;u=structure;a=the regional government]] this year, the regional government said on
{{March 14}}. Each modular shelter weighs about {{9 tonnes}} and can hold [[up to 20 people|capacity]].
Anti-drone nets now cover about {{70 km}} of roads in the border districts. Gladkov said that during
the shelling of Belgorod on {{March 16}}, [[about 200 people|displaced;a=Gladkov]] had taken cover in
the shelters on the city's main avenue. In Shebekino, where [[about 15,000 people|civilians;a=the town
administration]] now live, every bus stop has a shelter, the town administration said.
""",
)

item(
    "Some Bryansk border villagers return as evacuation order eased",
    """
[[Between 600 and 700 residents|returned;a=the district administration]] of border villages in the Bryansk
region's Suzemka district have returned home since the authorities eased an evacuation order in
April, the district administration said. [[Roughly 2,300|displaced;n=-]] are still living elsewhere,
most of them in Bryansk and Trubchevsk. Governor Alexander Bogomaz said [[eight villages|other;a=Governor
Alexander Bogomaz]] within {{5 km}} of the border remained closed, and that [[three
residents|killed;a=Governor Alexander Bogomaz]] had been killed there by drones since January.
Electricians have repaired {{46 km}} of power lines. The region has paid [[more than 2,000
families|aid]] compensation for damaged homes and lost crops. [[About 150 homes|housing;a=the
administration;alt=the district administration]] in the district were damaged while residents were
away, the administration said.
""",
)

item(
    "Border residents get mortgage holidays extended to 2027",
    """
Russia's central bank has extended mortgage and loan holidays for residents of the Belgorod, Kursk and
Bryansk regions until {{June 30}}, {{2027}}, it said on {{December 15}}. Borrowers whose homes lie
within {{30 km}} of the border can suspend payments for up to {{six months}} at a time without
penalties, and interest on consumer loans is capped at {{8%}} a year during the holiday. The measure,
introduced in {{2024}}, applies to loans taken out before {{August 1}} of that year. Sberbank said the
average mortgage it had frozen was about {{2.7 million roubles}}.
""",
)

item(
    "Khinshtein elected Kursk governor in landslide",
    """
Alexander Khinshtein won the Kursk regional governor's election with {{86.9%}} of the vote, the
regional electoral commission said on {{September 15}}, {{2025}}, after voting that lasted {{three
days}}. Turnout was {{54.2%}}, against {{61%}} in {{2019}}. Polling stations in the Sudzha and Korenevo
districts, parts of which are still closed, were moved to Kursk and Lgov. Khinshtein, {{51}}, a former
Duma deputy {{first}} elected to parliament in {{2003}}, had been acting governor since {{December 5}},
{{2024}}.
""",
)
