"""Health in the war zone of Ituri and Beni-Lubero, 2019-2026: Ebola responses disrupted by
attacks, treatment centres burned, vaccination teams abducted, cholera in the sites, health
centres closed, malnutrition, surgery for the wounded."""

from _wrap import item

item(
    "Attack on Biakato Ebola centre kills health workers",
    """
GOMA, DR Congo, {{Nov 28}} (Reuters) - Mai-Mai fighters attacked an Ebola treatment centre at
Biakato, in Ituri's Mambasa territory, overnight, killing
[[three health workers|killed;a=the World Health Organization]] and wounding
[[six others|injured;n=-;a=the World Health Organization]], the World Health Organization said.
A second group attacked the response team's base at Mangina, {{30 km}} away, in North Kivu, where
[[one police officer|killed;a=the health ministry]] was killed, the health ministry said. The WHO
said it had moved [[121 of its staff|displaced;a=The WHO]] from Biakato to Goma and
[[another 49|displaced;a=The WHO]] from Mangina. The attacks halt the follow-up of
[[about 300 contacts a day|other;a=officials]] in the area, officials said. The epidemic, the
{{tenth}} in Congo since {{1976}}, has killed [[more than 2,200 people|killed]] since
{{August 2018}}.
""",
)

item(
    "Ebola response bulletin for Beni and Butembo",
    """
The health ministry's latest bulletin counts [[3,428 cases|other;a=The health ministry's latest bulletin]]
of Ebola in North Kivu and Ituri since the outbreak was declared, of which
[[2,246|killed;a=The health ministry's latest bulletin]] were fatal, and
[[1,126 survivors|other;a=The health ministry's latest bulletin]] discharged from treatment
centres. Response teams have vaccinated [[about 250,000 people|aid;a=the ministry]], the ministry
said, and are following [[some 4,900 contacts|other;a=the ministry]] across
[[16 health zones|other;u=other;a=the ministry]]. Children account for {{28 percent}} of cases.
Beni recorded [[about 80 new cases a week|other]] in {{April}}, when attacks on teams were at
their worst; the figure has since fallen below [[20|other;q=at_most;u=other]]. The WHO rates the
risk in the region as very high.
""",
)

item(
    "MSF pulls out of Bambu hospital after shooting",
    """
BUNIA - Médecins Sans Frontières said on Wednesday it had suspended its support to the general
hospital at Bambu, in Djugu territory, after armed men entered the wards and shot dead
[[two patients|killed;a=Médecins Sans Frontières]]. [[One MSF staff member|injured;a=the charity;alt=Médecins Sans Frontières]]
was wounded, the charity said, and [[22 staff|displaced;a=the charity;alt=Médecins Sans Frontières]]
have been evacuated to Bunia, {{85 km}} away, together with
[[about 60 patients|displaced;a=the charity;alt=Médecins Sans Frontières]]. The hospital serves
[[some 240,000 people|civilians]] and carried out [[more than 4,000 consultations|other;u=other]]
in {{October}} alone. It was the {{third}} armed intrusion into the hospital in {{two years}}.
MSF says the suspension will last until the authorities can guarantee the safety of patients.
""",
)

item(
    "Katwa treatment centre set on fire",
    """
BUTEMBO, DR Congo (AP) - Unidentified attackers set fire to the Ebola treatment centre at Katwa,
near Butembo, late on Sunday, burning [[eight tents|other;a=the centre's director]] and [[three vehicles|other;a=the centre's director]], the
centre's director said. [[Four patients|missing;a=the centre's director]] with suspected Ebola fled during the
attack and are missing, he said, while [[57 others|displaced;n=-;a=the centre's director]] were moved to the centre in
Butembo. On Wednesday gunmen attacked that centre too, killing
[[one police officer|killed;a=police]] and wounding [[two|injured;a=police]], police said.
Médecins Sans Frontières, which ran both centres, suspended its work and withdrew
[[about 40 staff|displaced]]. Police said they had arrested
[[about 40 suspects|arrested;a=Police]] over both attacks.
""",
)

item(
    "Vaccinators abducted near Mangina",
    """
BENI, DR Congo - [[Three vaccinators|kidnapped;a=the provincial health division]] working for the
Ebola response were abducted by armed men near Mangina on Saturday, the provincial health division
said. [[Two of them|kidnapped;n=-]] were released on Monday after community leaders negotiated
with the group. The team had vaccinated [[about 8,400 people|aid]] in the area in {{three weeks}},
using [[12,000 doses|aid]] flown in from Kinshasa. The abductions have forced the suspension of
[[17 vaccination teams|other;u=other;a=the division;alt=the provincial health division]],
the division said. Officials plan to vaccinate [[another 20,000 people|aid;p;a=Officials]] in
Beni and Mabalako once the teams return, but [[at least 1,000 contacts|other;a=Officials]]
have refused the vaccine so far, they said.
""",
)

item(
    "Cholera spreads through Bunia's sites",
    """
BUNIA - Health authorities in Ituri have recorded [[1,340 cholera cases|other;a=Health authorities in Ituri]]
and [[27 deaths|killed;a=Health authorities in Ituri]] since the start of the year,
most of them in the displacement sites around Bunia. [[Eleven of the deaths|killed;a=the provincial health minister]]
were in the Kigonze site alone, the provincial health minister said. The fatality rate, {{2%}},
is above the emergency threshold of {{1%}}. MSF has opened
[[two treatment centres|other]] and is trucking [[90,000 litres|aid]] of clean water a day
into the sites, where [[several hundred new cases a week|other]] were still being reported in {{August}}, while UNICEF distributed chlorine and soap to
[[around 12,000 households|aid;a=the agency;alt=UNICEF]], the agency said.
""",
)

item(
    "Half of Djugu's health centres shut by violence",
    """
Of the [[54 health centres|other]] in Djugu's health zones, [[27|other;u=structure;a=the provincial health division]]
have closed because of the fighting and [[nine|housing;u=structure;a=the provincial health division]]
have been burned, according to the provincial health division. That leaves
[[about 300,000 people|civilians;a=the division;alt=the provincial health division]] without
care within {{10 km}} of their homes, the division said. [[At least 14 health workers|killed;a=the division;alt=the provincial health division]]
have been killed in Djugu since {{2019}} and [[22|kidnapped;a=the division;alt=the provincial health division]]
abducted, the division says. A nurse at the Drodro centre, one of the few still open, said she saw [[up to 70 patients a day|other;a=A nurse at the Drodro centre]].
""",
)

item(
    "Caritas treats malnourished children in Irumu",
    """
Caritas Bunia says it has treated [[2,600 malnourished children|aid;a=Caritas Bunia]] in the
Komanda and Mambasa health zones since January, [[about 900 of them|aid;n=-;a=Caritas Bunia]] for
severe acute malnutrition. In the Komanda sites, home to [[about 22,000 displaced people|displaced]], {{one child in five}} under {{five years}} is
acutely malnourished, according to a survey by the charity. It also gave seeds and tools to
[[1,200 families|aid;a=Caritas Bunia]] returning to their fields, but
[[nearly 400 of them|displaced;n=-;a=Caritas Bunia]] fled again after ADF raids in
{{July}}, it said. The charity plans to reach [[5,000 children|aid;p;a=The charity;alt=Caritas Bunia]]
by the end of the year, with a budget of {{$900,000}}.
""",
)

item(
    "Ebola returns to Beni",
    """
BENI, DR Congo, {{Oct 8}} (Reuters) - Congo has confirmed [[11 cases|other;a=the health minister]] of
Ebola in Beni since a new outbreak was declared in {{early October}},
[[six of them|killed;n=-;a=the health minister]] fatal, the health minister said on Friday.
[[Three health workers|other;a=the health minister]] are among the cases, he said. Teams are following
[[1,600 contacts|other]] and have vaccinated [[about 1,100 people|aid]], among them
[[340 front-line workers|aid]]. Officials said [[up to 2,000 contacts|other;p;a=Officials]] could need follow-up if the chain of transmission is not broken. The outbreak will be declared over {{42 days}} after the last
patient tests negative {{twice}}. Beni's last outbreak, which ended in {{June 2020}}, was
Congo's {{10th}}.
""",
)

item(
    "Ambulance torched on the road to Komanda",
    """
Armed men stopped an ambulance carrying a woman in labour on the road between Komanda and Luna on
Tuesday, killing the driver and a nurse and setting the vehicle
on fire, the Irumu health zone said. [[Two other ambulances|other;a=the Irumu health zone]]
were burned in the same area in {{March}}, it said. The woman survived and gave birth at the
Komanda general referral hospital. Since January, the provincial health division has recorded
[[eight health workers|killed;a=the provincial health division]] killed in Ituri and
[[19|kidnapped;a=the provincial health division]] abducted, most of them in Irumu and Djugu, and [[between 30 and 40 health facilities|housing;a=the provincial health division]] have been damaged. The Luna health centre, which served [[about 18,000 people|civilians]], has been closed since the attack, and [[its four nurses|displaced]] have moved to Komanda.
""",
)

item(
    "WHO declares end of Ebola outbreak in North Kivu",
    """
GENEVA - The World Health Organization declared the end of the Ebola outbreak in North Kivu on
Thursday, {{42 days}} after the last patient was discharged on {{3 May}}. The outbreak, declared
in {{February 2021}}, was the {{12th}} in Congo since the virus was identified in {{1976}}. The
response cost {{$18 million}} and relied on the rVSV vaccine, which is more than {{95 percent}}
effective. Vaccinators worked from {{6am}} to {{4pm}} in teams escorted by police. The WHO said
laboratory capacity in Beni had been raised to {{24-hour}} testing.
""",
)

item(
    "Bunia hospital swamped with gunshot wounded",
    """
BUNIA, DR Congo - The general referral hospital in Bunia has admitted
[[48 people|injured;a=the hospital's medical director]] with gunshot and machete wounds since
Friday, the hospital's medical director said on Tuesday, [[12 of them|injured;n=-;a=the hospital's medical director]]
children. [[Five|killed;a=the hospital's medical director]] had died of their wounds by Monday, he said. A surgical team from
the International Committee of the Red Cross has performed
[[more than 200 operations|other;u=other;a=the ICRC;alt=the International Committee of the Red Cross]]
there this year, the ICRC said, and has donated [[60 beds|aid;a=the ICRC;alt=the International Committee of the Red Cross]]. [[Dozens of the wounded|injured]] were brought in by MONUSCO helicopters. Their relatives sleep in the courtyard; [[about 150|displaced]] of them come from sites around Bunia.
""",
)
