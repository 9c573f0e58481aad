"""dev369 items: going back: IOM's voluntary return flights and convoys, UNHCR's sailings for
Somali refugees, Saudi deportation flights and Ethiopia's repatriation drives, reception and
reintegration in Ethiopia, the missing, and the route's yearly statistics."""

from _wrap import item

item(
    "IOM resumes return flights for Ethiopians stranded in Yemen",
    """
IOM said on Tuesday it had flown [[142 Ethiopian migrants|returned;a=IOM]] home from Aden to
Addis Ababa, the {{first}} voluntary return flight from Yemen in {{five months}}. The agency
plans [[at least eight more flights|returned;p;a=The agency;alt=IOM]] before the end of the
year, carrying [[about 1,200 people|returned;p;a=The agency;alt=IOM]].
[[More than 6,000 migrants|displaced;a=the agency;alt=IOM]] in Yemen have registered for
voluntary return, the agency said. Among those on Tuesday's flight were
[[31 children|returned]], [[17|returned]] of them travelling without their parents. Returnees
receive a health screening, {{$150}} in cash and transport to their home areas, IOM said. Since
the programme began in {{2021}}, [[more than 12,500 migrants|returned]] have gone home from
Yemen with IOM's help.
""",
)

item(
    "Somali refugees sail home from Aden under UN programme",
    """
A boat carrying [[131 Somali refugees|returned;a=the agency;alt=UNHCR]] left Aden for Berbera on
Monday under UNHCR's assisted spontaneous return programme, the agency said. It was the
{{fourth}} such sailing this year, bringing to [[about 1,050|returned]] the number of refugees
who have gone home from Yemen since January. The passengers included
[[42 families|returned]] and [[19 unaccompanied young people|returned]]. UNHCR says
[[more than 7,800 Somali refugees|returned;a=UNHCR]] have returned from Yemen since the
programme began in {{2017}}. Yemen still hosts [[some 61,000 refugees|displaced;a=UNHCR]], the
vast majority of them Somalis, according to UNHCR. In Berbera, the returnees were met by agency
staff and given [[130 core relief kits|aid]] and {{$200}} per person in cash.
""",
)

item(
    "Second phase of Saudi repatriation to begin, Addis Ababa says",
    """
Ethiopia's foreign ministry said on Friday that a {{second}} phase of repatriation from Saudi
Arabia would bring home [[about 70,000 citizens|returned;p;a=Ethiopia's foreign ministry]] over
the coming months. The ministry said
[[more than 102,000 Ethiopians|returned;a=The ministry;alt=Ethiopia's foreign ministry]] had
returned in the {{first}} phase, which ended in June.
[[Up to six flights a week|returned;p;a=state broadcaster EBC]] will operate from Riyadh and
Jeddah, state broadcaster EBC reported. A government task force has prepared
[[three reception centres|capacity;a=officials]] with room for
[[5,000 returnees|capacity;a=officials]], officials said. Rights groups say
[[tens of thousands|arrested;a=Rights groups]] more remain in detention in the kingdom.
Ethiopia's Ministry of Labour and Skills said it planned to enrol
[[about 30,000 returnees|aid;p;a=Ethiopia's Ministry of Labour and Skills]] in job schemes.
""",
)

item(
    "Children returning alone from the Gulf pose challenge for Ethiopia",
    """
[[More than 9,000 unaccompanied children|returned;a=UNICEF]] were deported from Saudi Arabia to
Ethiopia in {{2023}}, UNICEF said on Monday. The agency said
[[about 1,700|returned;a=The agency;alt=UNICEF]] were girls, and the youngest was
{{nine years old}}. Social workers traced the families of [[6,200 children|aid]] and reunited
[[5,480|aid]] of them with their relatives. Children who cannot go home stay at
[[four interim care centres|capacity;a=the agency;alt=UNICEF]] in Addis Ababa, which have space
for [[400 children|capacity;a=the agency;alt=UNICEF]] in all, the agency said.
[[Nearly 600|injured;a=the Ethiopian health ministry]] of the children who arrived in {{2023}}
needed treatment for injuries, most from beatings or gunfire, according to the Ethiopian health
ministry.
""",
)

item(
    "Tigrayans deported from Saudi Arabia detained on arrival, rights group says",
    """
Ethiopian authorities detained [[hundreds of Tigrayans|arrested;a=Human Rights Watch]] among
[[about 30,000 people|returned;a=Human Rights Watch]] deported from Saudi Arabia between
{{November 2020}} and {{December 2021}}, Human Rights Watch said. The group said returnees from
Tigray were taken from Bole airport to detention sites in Addis Ababa and Afar, where
[[about 50 detainees|arrested;a=The group;alt=Human Rights Watch]] were held in a single
warehouse. Former detainees told the group that guards beat them and that
[[at least two men|killed;a=Former detainees]] died in custody. The UN said
[[some 6,000 Tigrayan returnees|displaced;a=The UN]] were unable to travel home because of the
war and were staying in [[two shelters|capacity;a=The UN]] in the capital. The government
denied targeting Tigrayans.
""",
)

item(
    "Returnees in Oromia and Amhara get grants to rebuild livelihoods",
    """
[[About 3,200 returnee households|aid;p;a=IOM]] in Oromia and Amhara regions will receive cash
grants and training under a new reintegration project, IOM said. The agency said
[[1,450 households|aid;a=The agency;alt=IOM]] had already received grants of {{35,000 birr}}
each, and [[400 returnees|aid;a=The agency;alt=IOM]] had enrolled in vocational courses. The
project will also build [[60 houses|housing;p]] for returnees whose homes were destroyed in the
fighting in Amhara. Local officials in Hadiya zone said
[[more than 8,000 young people|returned;a=Local officials in Hadiya zone]] had come back from
Saudi Arabia to the zone since {{2022}}, and that
[[about 1,000|displaced;a=Local officials in Hadiya zone]] had already left again for the Gulf.
{{Nearly half}} of returnees surveyed by the agency in {{2024}} said they planned to migrate
again.
""",
)

item(
    "Djibouti sends Ethiopian migrants home by bus in crackdown",
    """
Djibouti has deported [[about 4,000 Ethiopian migrants|returned;a=the interior ministry]] by bus
since launching a crackdown on irregular migration in October, the interior ministry said.
Police detained [[some 6,500 people|arrested;a=the ministry]] in raids in Djibouti City,
Tadjourah and Obock, the ministry said. Convoys of [[up to 15 buses|returned;a=witnesses]]
leave the capital for the border town of Galafi several times a week, witnesses said. IOM said
[[about 900 unaccompanied children|arrested;a=IOM]] were among those detained and urged
authorities to release them. Djibouti hosts
[[an estimated 100,000 undocumented migrants|civilians;a=government figures]], according to
government figures. Ethiopian officials at Galafi said they had received
[[2,740 returnees|returned;a=Ethiopian officials at Galafi]] so far.
""",
)

item(
    "Eastern Route movements hit record in 2023, IOM regional report finds",
    """
IOM recorded [[more than 393,000 movements|displaced;a=IOM]] along the Eastern Route in
{{2023}}, the highest since it began tracking flows in the region. Arrivals in Yemen reached
[[about 97,200|displaced;a=the report;alt=IOM]], up from
[[73,200|displaced;a=the report;alt=IOM]] in {{2022}}, the report said. It listed
[[698 migrants|killed;a=the report;alt=IOM]] dead and [[315|missing;a=the report;alt=IOM]]
missing on the route. IOM teams at Bole airport received
[[about 113,000 returnees|returned;a=the report;alt=IOM]] from Saudi Arabia, according to the
report. The agency expects movements to stay high in {{2024}}, projecting
[[about 400,000|displaced;p;a=The agency;alt=IOM]].
""",
)

item(
    "Thousands flee Yemen's war for the Horn of Africa by boat",
    """
[[More than 28,000 people|displaced;a=UNHCR]] have fled Yemen for Djibouti, Somalia and
Ethiopia since fighting escalated in late March, UNHCR said on {{May 26, 2015}}. They include
[[about 9,500 Somali refugees|returned;a=the agency;alt=UNHCR]] returning home, according to the
agency. In Djibouti, [[some 2,800 Yemenis|displaced]] were sheltering at the Markazi camp near
Obock, which has [[about 300 tents|capacity]]. The Somali government chartered
[[three boats|returned]] to bring citizens home from Aden and Mukalla. Aid agencies expect
[[up to 100,000 people|displaced;p;a=Aid agencies]] to cross the Gulf of Aden to the Horn in
the next {{six months}}. At the same time,
[[about 10,000 Ethiopian migrants each month|displaced;a=the agency;alt=UNHCR]] were still
arriving in Yemen, the agency said.
""",
)

item(
    "Remittances to Ethiopia rise as Gulf wages recover",
    """
Remittances to Ethiopia rose to about {{$6.4 billion}} in the {{2024/25}} fiscal year, up
{{18%}} from a year earlier, the National Bank of Ethiopia said on {{August 12}}. Money sent
from Saudi Arabia and the United Arab Emirates accounted for about {{40 per cent}} of the total.
The birr has lost more than half its value against the dollar since the currency was floated
in {{July 2024}}. Transfer costs from the Gulf average {{5.2%}}, against a global target of
{{3%}} under the UN's Sustainable Development Goals. Economists expect growth of
{{7 to 8 per cent}} in the {{2025/26}} fiscal year.
""",
)

item(
    "Yemen hosts refugees and migrants amid its own crisis, UN says",
    """
Yemen, where [[18.2 million people|civilians;a=the United Nations]] need humanitarian aid, also
hosts [[about 64,000 refugees and asylum-seekers|displaced;n=refugees and asylum-seekers;a=the United Nations]],
the United Nations says. Somalis make up [[about 40,000|displaced]] of that number and
Ethiopians [[some 18,000|displaced]]. On top of them, IOM estimates that
[[at least 300,000 migrants|civilians;a=IOM]] are living in or passing through the country.
[[About 4.5 million Yemenis|displaced]] are displaced inside their own country. UNHCR said
[[2,300 refugee households|aid;a=UNHCR]] in Aden and Kharaz camp received cash assistance in
{{the first quarter}}. Kharaz camp in Lahj, opened in {{2000}}, houses
[[some 9,300 refugees|displaced]].
""",
)

item(
    "Returnees bring home injuries from the Saudi border",
    """
Of [[some 2,600 Ethiopians|returned;a=IOM]] deported from Saudi Arabia on
[[four flights|returned;a=IOM]] last week, [[about 430|injured;a=IOM]] had injuries that needed
treatment, IOM said. [[Thirty-eight|injured;a=the agency;alt=IOM]] were taken straight from Bole
airport to hospital with gunshot wounds or untreated fractures, the agency said. Doctors at
Addis Ababa's Tikur Anbessa hospital said they had treated
[[more than 70 returnees|injured;a=Doctors]] with amputated limbs since January.
[[At least 12 returnees|killed;a=the health ministry]] have died of their injuries after
arriving in Ethiopia this year, according to the health ministry. Families say
[[dozens of young men|missing;a=Families]] from their villages never came home.
""",
)

item(
    "Saudi deportation flights to Addis Ababa set to resume",
    """
Saudi Arabia will resume deportation flights to Ethiopia next month, with
[[about 12,000 detainees|returned;p;a=Ethiopian officials]] due to be flown home in the
{{first}} {{six weeks}}, Ethiopian officials said on {{January 14, 2026}}. Officials at the
Ethiopian consulate in Jeddah said
[[more than 30,000 Ethiopians|arrested;a=Officials at the Ethiopian consulate in Jeddah]] were
being held at deportation centres across the kingdom. Flights were suspended in
{{October 2025}} after [[about 85,000 people|returned;a=IOM]] had been sent home that year,
according to IOM. IOM said its Addis Ababa transit centre could accommodate
[[up to 2,000 people|capacity;a=IOM]] at a time. The agency has appealed for
[[2,500 hygiene kits|aid;p;a=The agency;alt=IOM]] and
[[10,000 blankets|aid;p;a=The agency;alt=IOM]].
""",
)

item(
    "Survey finds Eastern Route journeys getting longer and costlier",
    """
A journey from Ethiopia's highlands to the Saudi border now takes an average of {{47 days}}, up
from {{32 days}} in {{2019}}, according to a survey published by IOM's Regional Data Hub in
Nairobi on {{November 18, 2024}}. Respondents reported paying a median of {{$850}} to
smugglers, and {{62%}} said they had borrowed money from relatives. {{Four in five}} were
between {{18 and 29 years old}}, and {{a third}} had never attended secondary school. The
survey was conducted over {{nine months}} at transit points in Djibouti, Somalia and Yemen.
Researchers said {{71 per cent}} of women interviewed reported some form of abuse on the way.
""",
)

item(
    "Ethiopian families search for sons lost on the way to Saudi Arabia",
    """
The Ethiopian Red Cross Society said
[[more than 1,400 families|other;a=The Ethiopian Red Cross Society]] had asked it to trace
relatives who went missing on the Eastern Route since {{2020}}. The organisation has so far
found [[212 people|other;a=The organisation;alt=The Ethiopian Red Cross Society]] alive, it
said. In the village of Ajo in Hadiya zone alone, [[23 young men|missing;a=elders]] who left in
{{2023}} have not been heard from, elders said. Tsehay, {{aged 52}}, said her
[[two sons|missing;a=Tsehay]] left for Saudi Arabia {{three years}} ago with
[[about 20 neighbours|displaced;a=Tsehay]]. The ICRC says
[[more than 3,000 Ethiopians|missing;a=The ICRC]] are registered as missing in Yemen and Saudi
Arabia. It has collected DNA samples from [[480 relatives|other;a=The ICRC]].
""",
)

item(
    "Stranded migrants leave Obock for home in IOM convoy",
    """
[[Some 380 Ethiopian migrants|returned;a=IOM]] stranded in Obock boarded
[[eight buses|returned;a=IOM]] for the Ethiopian border on Wednesday in the largest voluntary
return convoy from Djibouti this year, IOM said. The agency said
[[more than 2,900 migrants|returned;a=The agency;alt=IOM]] had gone home from Djibouti with its
help since January, {{nearly a quarter}} of them children. Returnees spent {{two nights}} at a
transit centre in Dire Dawa that can take [[400 people|capacity]].
[[Another 600 migrants|displaced]] remained at the Obock response centre and in nearby villages,
many of them waiting to cross to Yemen rather than go home. IOM expects to organise
[[a further five convoys|returned;p;a=IOM]] before the rainy season.
""",
)
