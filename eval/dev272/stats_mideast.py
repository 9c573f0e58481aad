"""dev272 items: the Middle East, Turkey, Ukraine, the Caucasus and Europe."""

from _wrap import item

item(
    "Half a million Syrian refugees return since Assad's fall, UNHCR says",
    """
[[More than 500,000 Syrian refugees|returned;a=UNHCR]] have returned home from neighbouring
countries since the fall of Bashar al-Assad on {{December 8}}, UNHCR said on Thursday, along
with [[1.2 million internally displaced people|returned;a=UNHCR]] who have gone back to their
areas of origin. [[About 6 million Syrians|displaced;a=the agency;alt=UNHCR]] remain refugees
abroad, the agency estimates. Turkey's interior ministry says
[[more than 250,000 Syrians|returned;a=Turkey's interior ministry]] have crossed back since
December, leaving [[about 2.5 million|displaced;a=Turkey's interior ministry]] under temporary
protection. A UNHCR survey in {{January}} found {{27 per cent}} of refugees intended to return
within {{12 months}}, and the agency is planning for
[[up to 1.5 million refugee returns|returned;p;a=the agency;alt=UNHCR]] in {{2025}}. In
north-west Syria, [[1,400 to 1,500 camps|capacity]] still shelter
families with no home to go back to.
""",
)

item(
    "Nine in ten Gazans displaced, UNRWA says, many of them repeatedly",
    """
[[About 1.9 million people|displaced;a=UNRWA]] in the Gaza Strip, {{90 per cent}} of the
population, have been displaced since {{October 2023}}, UNRWA said in its latest situation
report. [[More than 1 million|displaced;a=the agency;alt=UNRWA]] were sheltering in or around
its [[154 installations|capacity;u=structure;a=the agency;alt=UNRWA]], mostly schools, the
agency said. Gaza's health ministry said
[[at least 41,000 Palestinians|killed;a=Gaza's health ministry]] had been killed and
[[95,000|injured;a=Gaza's health ministry]] injured. A UNOSAT satellite assessment found
[[163,778 structures|housing;a=A UNOSAT satellite assessment]] damaged or destroyed, about
{{two thirds}} of all buildings. The UN said [[fewer than 100 trucks a day|aid;a=The UN]]
entered in {{September}}, against [[about 500 a day|aid;u=other;a=The UN]] before the war.
""",
)

item(
    "Ukraine's displaced: 6.9 million refugees abroad, 3.7 million at home",
    """
[[6.9 million Ukrainian refugees|displaced;a=UNHCR]] were recorded globally at the start of
{{2025}}, UNHCR said, most of them in Europe. Germany hosts
[[1.2 million|displaced;a=the agency;alt=UNHCR]], the most of any country, according to the
agency. Inside Ukraine, IOM estimates
[[3.7 million internally displaced people|displaced;a=IOM]] and
[[4.5 million returnees|returned;a=IOM]], people who fled and have since gone back. The UN
Human Rights Monitoring Mission in Ukraine has verified
[[12,456 civilian deaths|killed;a=UN Human Rights Monitoring Mission in Ukraine]] and
[[28,382|injured;a=UN Human Rights Monitoring Mission in Ukraine]] injured since
{{February 24, 2022}}, and says the real figures are considerably higher. Ukraine's
commissioner for missing persons lists [[over 63,000 people|missing;a=Ukraine's commissioner for missing persons]]
as missing in the war. Women and children
make up about {{80 per cent}} of refugees.
""",
)

item(
    "Yemen's 4.5 million displaced face cuts as floods wreck sites",
    """
Yemen has [[4.5 million internally displaced people|displaced;a=IOM]], IOM said, many of them
displaced several times since {{2015}}. Its Displacement Tracking Matrix lists
[[about 2,400 displacement sites|capacity;a=Displacement Tracking Matrix;alt=IOM]] hosting
[[about 270,000 households|displaced;a=Displacement Tracking Matrix;alt=IOM]], {{40 per cent}}
of them in Marib. Floods in {{August}}
destroyed [[over 6,000 shelters|housing;a=the agency;alt=IOM]] in displacement sites, the
agency said. The Houthi authorities have detained [[at least 23 UN staff|arrested;a=the UN]],
according to the UN. [[Over 18 million people|civilians;a=OCHA]] need assistance in
{{2025}}, OCHA says.
""",
)

item(
    "Iraq closes camps as 1.1 million remain displaced",
    """
Iraq still has [[about 1.1 million IDPs|displaced;a=IOM]], IOM said, against
[[4.9 million returnees|returned;a=IOM]] who have gone back since the war against Islamic
State ended in {{2017}}. Baghdad closed [[16 camps|capacity]] in federal Iraq in {{2020}}, and
[[about 24,000 families|displaced;a=the Kurdistan Regional Government]] still live in
[[22 camps|capacity;a=the Kurdistan Regional Government]] in the Kurdistan region, according
to the Kurdistan Regional Government. [[More than 10,000 Iraqis|returned]] have been repatriated
from al-Hol camp in Syria since {{2021}}. Islamic State abducted
[[6,417 Yazidis|kidnapped;a=Kurdistan Region's Office for Rescuing Kidnapped Yazidis]] in
{{August 2014}}, according to the Kurdistan Region's Office for Rescuing Kidnapped Yazidis, and
[[about 2,600|missing;a=the office;alt=Kurdistan Region's Office for Rescuing Kidnapped Yazidis]] are still missing, the office says.
""",
)

item(
    "Lebanon's war displaced 1.2 million; 700,000 go back after truce",
    """
[[More than 1.2 million people|displaced;a=the Lebanese government]] fled their homes during
the escalation between Israel and Hezbollah, the Lebanese government said,
[[about 900,000|displaced;a=the Lebanese government]] of them inside the country. The General
Security directorate said [[over 550,000 people|displaced;a=The General Security directorate]]
crossed into Syria, {{62 per cent}} of them Syrians. The health ministry said
[[3,961 people|killed;a=The health ministry]] were killed and
[[16,520|injured;a=The health ministry]] wounded. Authorities opened
[[1,100 collective shelters|capacity]] in schools and public buildings. After the ceasefire on
{{November 27}}, [[about 700,000|returned;a=IOM]] returned to the south and the Bekaa within
days, IOM said. The World Bank estimates Israeli strikes destroyed or damaged
[[about 99,000 housing units|housing;a=The World Bank]].
""",
)

item(
    "Turkey says 741,000 Syrians have gone home voluntarily",
    """
Turkey's Presidency of Migration Management said
[[2,901,000 Syrians|displaced;a=Presidency of Migration Management]] were under temporary
protection as of {{January 2025}}. [[About 40,000|displaced]] of them still live in
[[seven temporary accommodation centres|capacity]] in the south. Interior Minister Ali
Yerlikaya said [[741,000 Syrians|returned;a=Ali Yerlikaya]] had returned voluntarily since
{{2016}}. Turkey also hosts [[about 200,000|displaced]] applicants for international
protection, mostly Afghans and Iraqis. The Interior Ministry said its forces apprehended
[[over 250,000 irregular migrants|arrested;a=The Interior Ministry]]
in {{2023}} and deported [[more than 100,000|returned;a=The Interior Ministry]].
""",
)

item(
    "EU asylum applications hit 1.14 million, highest since 2016",
    """
EU+ countries received [[1.14 million asylum applications|displaced;a=EU Agency for Asylum]]
in {{2023}}, the EU Agency for Asylum said, an increase of {{18 per cent}}. Eurostat counted
[[1,049,000 first-time asylum applicants|displaced;a=Eurostat]] across the bloc.
Germany received [[329,000|displaced]], nearly a third of the total, and Syrians were the
largest group, with [[181,000|displaced]]. Separately, [[4.3 million Ukrainians|displaced;a=Eurostat]] held temporary
protection at year's end, Eurostat said. Member states returned
[[91,000 third-country nationals|returned;a=Eurostat]] following an order to leave, according
to Eurostat, against [[430,000|other;a=Eurostat]] ordered to leave.
""",
)

item(
    "Armenia counts 100,617 arrivals from Karabakh",
    """
[[100,617 people|displaced;a=Armenian government]] arrived in Armenia from Nagorno-Karabakh
in the week after Azerbaijan's offensive of {{September 19, 2023}}, the Armenian government
said, [[about 30,000 children|displaced;a=Armenian government]] among them. A fuel depot
explosion near Stepanakert during the exodus killed [[218 people|killed]] and injured
[[about 300|injured]]. The government plans to provide housing certificates to
[[8,000 families|aid;p;a=The government]] by {{2026}}. [[Over 14,000 people|other;a=officials]]
from Karabakh have applied for Armenian citizenship, officials said.
""",
)

item(
    "Israel's evacuated north slowly refills",
    """
[[About 60,000 residents|displaced;a=the government]] of northern Israel were evacuated from
towns near the Lebanese border in {{October 2023}}, the government said, and
[[120,000 Israelis|displaced;a=the government]] were displaced at the peak, including from the
Gaza border. The evacuation covered [[more than 40 communities|other;u=other]]. Hezbollah fire
damaged [[9,000 buildings|housing;a=the Israel Tax Authority]], according to the Israel Tax
Authority. [[About 30,000|returned]] had returned by {{March 2025}}. Rocket and drone fire
killed [[45 civilians|killed]] in the north over {{14 months}}.
""",
)

item(
    "Italy's sea arrivals reach 157,651 in 2023",
    """
[[157,651 sea arrivals|displaced;a=Italy's interior ministry]] were recorded in Italy in
{{2023}}, up {{50 per cent}} on the year before, Italy's interior ministry said.
[[More than 100,000|displaced]] landed on Lampedusa, where the hotspot, designed for
[[400 people|capacity]], at one point held [[7,000|displaced]]. They included
[[over 17,000 unaccompanied children|displaced;a=the ministry;alt=Italy's interior ministry]],
the ministry said. The
Missing Migrants Project recorded [[2,498 people|killed;a=Missing Migrants Project]] dead or
missing in the central Mediterranean.
""",
)

item(
    "Al-Hol camp's population falls as repatriations pick up",
    """
[[About 40,000 people|displaced;a=the camp administration]] live in al-Hol, the camp
administration said, most of them women and children. The Kurdish-led SDF holds
[[some 9,000 Islamic State fighters|arrested;a=US officials]] in prisons across north-east
Syria, according to US officials. [[More than 12,000 Iraqis|returned]] have been repatriated
from the camp since {{2021}}. [[About 6,500 foreign women and children|displaced;n=women and children]]
remain in a separate annex. Security forces arrested [[dozens|arrested;a=the SDF]] of
suspected Islamic State cell members during a sweep in {{September}}, the SDF said.
""",
)

item(
    "Jordan's Syrian refugees: 620,000 registered, 55,000 gone home",
    """
Jordan has [[about 620,000 Syrian refugees|displaced;a=UNHCR]] registered with UNHCR, the
agency said. Zaatari camp hosts [[78,000|displaced]] and Azraq
[[about 45,000|displaced]]. Zaatari's [[26,000 caravans|capacity;u=structure]] replaced tents
in {{2014}}. The agency expects [[up to 200,000 more|returned;p;n=-;a=The agency;alt=UNHCR]] to
go home in {{2025}}. [[About 55,000|returned;a=UNHCR]] refugees have returned to Syria from Jordan
since {{December}}, UNHCR said. WFP cut cash assistance for
[[100,000 refugees|aid;a=WFP]] in {{2023}}, it said.
""",
)

item(
    "Quakes left millions homeless in Turkey and Syria, report finds",
    """
The {{February 6, 2023}} earthquakes displaced [[2.7 million|displaced;a=IDMC]] people in
Turkey and Syria, IDMC said. Turkey's disaster agency AFAD put the death toll at
[[50,783|killed;a=AFAD]] and said [[about 300,000 buildings|housing;a=AFAD]] collapsed or were
severely damaged. In Syria, [[5,900|killed]] were killed. AFAD said it set up
[[over 400,000 tents|aid;a=AFAD]] and [[215,000 container homes|capacity;a=AFAD]] for survivors.
The magnitude {{7.8}} quake was the deadliest in the country's modern history.
""",
)

item(
    "Turkey's refugee hosting cost put at $40 billion",
    """
Turkey says it has spent more than {{$40 billion}} on hosting refugees since {{2011}}, the
Presidency said on {{June 20}}. The EU's {{2016}} statement committed {{€6 billion}}, and a
further {{€3 billion}} was pledged for {{2021-2023}}. The lira lost {{80 per cent}} of its
value in {{five years}}. Ankara will review its policy in the {{fourth}} quarter.
""",
)

item(
    "German statistics office: foreigners' share of population at record",
    """
Germany's Federal Statistical Office said on {{April 12}} that foreigners made up
{{14.6 per cent}} of the population in {{2024}}, up from {{10.5 per cent}} in {{2015}}. The
median age of protection seekers was {{28}}, against {{45}} for the population as a whole.
Protection seekers had spent an average of {{6.9 years}} in Germany. The figures come from the
Central Register of Foreigners, established in {{1953}}, the office said.
""",
)
