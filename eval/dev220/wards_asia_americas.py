"""dev220 items: Haiti, Afghanistan, Pakistan, Sri Lanka, Iran, Myanmar, India, Colombia, Mexico
and the Philippines (14 texts with figures, 2 without)."""

from _wrap import item

item(
    "Gunmen open fire at reopening of Haiti's main public hospital",
    """
Gang members opened fire on journalists and police gathered for the reopening of the State
University Hospital of Haiti in Port-au-Prince on {{24 December 2024}}, killing [[two
journalists|killed;a=Duckenson Lorthe Blema]] and a police officer, Health Minister Duckenson Lorthe
Blema said. [[At least seven people|injured;a=Duckenson Lorthe Blema]] were wounded, he said. The
hospital, which had [[about 500 beds|capacity]] before gangs overran the area in {{February}}, was
to have reopened with [[60 beds|capacity;p]] in its emergency and surgical wards. The Viv Ansanm
gang coalition claimed the attack. The UN estimates that gangs have displaced [[more than 700,000
people|displaced;a=The UN]] across Haiti and that [[about 5,000 gang members|combatants;a=The UN]]
are active in the capital.
""",
)

item(
    "MSF suspends Port-au-Prince work after police threaten staff",
    """
Médecins Sans Frontières said on {{20 November 2024}} it was suspending its work in Port-au-Prince
after police stopped one of its ambulances and [[two patients|killed;a=Médecins Sans Frontières]]
were executed by a crowd. The group's Tabarre trauma hospital admitted [[more than 1,400
patients|injured;a=the hospital;alt=The group's Tabarre trauma hospital]] with gunshot wounds in the {{first ten
months}} of the year, about {{a third}} of them women and children, the hospital said. It has
[[50 beds|capacity]] and was treating [[about 30 wounded a week|injured]] before the suspension.
The charity said [[some 20 staff|other;a=The charity;alt=Médecins Sans Frontières]] had received
death threats. MSF said it hoped to reopen its clinic in Turgeau with [[25 beds|capacity;p;a=MSF]]
in {{January}}.
""",
)

item(
    "Haitian doctors' group says eight medics kidnapped this year",
    """
The Haitian Medical Association said on {{12 September 2022}} that [[eight doctors|kidnapped;a=The
Haitian Medical Association]] had been kidnapped in Port-au-Prince since {{January}}, and that
[[two|killed;a=The Haitian Medical Association]] of them had been killed in captivity. A nurse at
the Bernard Mevs hospital said [[about 15 staff|other;a=A nurse at the Bernard Mevs hospital]] had
stopped coming to work for fear of abduction. The previous year, the {{400 Mawozo}} gang had abducted
[[17 missionaries|kidnapped]] from Christian Aid Ministries, [[five children|kidnapped]] among them.
[[Two|kidnapped;a=the group;alt=Christian Aid Ministries]] were freed in {{November}}, [[three
more|kidnapped;n=-;a=the group;alt=Christian Aid Ministries]] in {{early December}} and [[the remaining
12|kidnapped;a=the group;alt=Christian Aid Ministries]] {{two weeks}} later, the group said.
""",
)

item(
    "Kabul's Emergency hospital overwhelmed after airport bombing",
    """
The Emergency surgical hospital in Kabul received [[more than 60 wounded|injured;a=the Italian
charity;alt=Emergency]] and [[16|killed;a=the Italian charity;alt=Emergency]] who were dead on
arrival after the suicide bombing at the airport gate on {{26 August 2021}}, the Italian charity
said. Afghan health officials said [[at least 170 people|killed;a=Afghan health officials]] were
killed. The Pentagon said [[13 US service members|killed;a=The Pentagon]] died and [[18|injured;a=The
Pentagon]] were wounded. [[About 5,800 US troops|combatants;a=officials]] were guarding
the airport at the time, officials said. [[More than 100,000 people|displaced;a=the White House]] had
been flown out of Kabul since {{14 August}}, according to the White House.
""",
)

item(
    "Gunmen attack Kabul maternity ward, killing mothers and newborns",
    """
Gunmen stormed the maternity ward run by Médecins Sans Frontières at Dasht-e-Barchi hospital in
Kabul on {{12 May 2020}}, killing [[24 people|killed;a=officials]], officials said. Among the dead
were [[16 mothers|killed;a=Médecins Sans Frontières]] and [[two newborn babies|killed;a=Médecins
Sans Frontières]], Médecins Sans Frontières said later. Security forces killed [[three
gunmen|killed]] after a battle of several hours. Police evacuated [[about 100 women and
children|displaced;a=Police;n=women and children]] from the building, and [[19 babies|displaced]]
were moved to the Ataturk children's hospital. The ward had [[55 beds|capacity]] and was one of
the busiest in the city.
""",
)

item(
    "Peshawar mosque toll revised down to 84 after double counting",
    """
Police in Peshawar revised the toll of the suicide bombing at the police lines mosque down to [[84
dead|killed;a=Police in Peshawar]] on {{2 February 2023}}, from the [[101|killed;a=Police in Peshawar]] announced a day
earlier, saying some bodies had been counted twice. Lady Reading Hospital said it had treated [[225
wounded|injured;a=Lady Reading Hospital]], [[27|injured;a=Lady Reading Hospital]] of whom were still
in intensive care. [[Between 300 and 400 worshippers|civilians;a=officials]], most of them
policemen, were at afternoon prayers when the bomb went off, officials said. {{Rescue 1122}} said its
teams had pulled [[48 survivors|other;a=Rescue 1122]] from the rubble of the collapsed roof. Police
have arrested [[23 suspects|arrested;a=a police spokesman]], a police spokesman said.
""",
)

item(
    "Jaffar Express siege ends; wounded taken to Quetta hospitals",
    """
Baloch Liberation Army militants seized the Jaffar Express in Balochistan on {{11 March 2025}} with
[[more than 400 passengers|kidnapped]] on board. The army said on {{12 March}} that it had freed
[[346 hostages|kidnapped;a=The army]] and killed [[33 militants|killed;a=The army]], and that [[26
hostages|killed;a=The army]] had died. Quetta's Combined Military Hospital received [[37
wounded|injured]], and the government declared an emergency in the city's hospitals. Officials said
[[between 70 and 80 militants|combatants;a=Officials]] had taken part in the attack. Railways
officials said [[about 100 coffins|other;u=other;a=Railways officials]] had been sent to Quetta station in
case the toll rose.
""",
)

item(
    "Sri Lanka cuts Easter bombing toll by more than 100",
    """
Sri Lanka's health ministry revised the toll from the Easter Sunday bombings down to [[about
253|killed;a=Sri Lanka's health ministry]] on {{25 April 2019}}, from [[359|killed;a=Sri Lanka's health ministry]], saying morgue
workers had counted some of the badly damaged bodies more than once. [[About 500 people|injured;a=the
ministry;alt=Sri Lanka's health ministry]] were wounded, the ministry said. [[Forty-two
foreigners|killed]] were among the dead. Police said [[nine suicide bombers|combatants;a=Police]]
had carried out the attacks on churches and hotels in Colombo, Negombo and Batticaloa, and that [[76 people|arrested;a=Police]]
had been detained. Colombo's National Hospital said [[about 20 patients|injured;a=Colombo's National
Hospital]] were still in intensive care.
""",
)

item(
    "Iran revises Kerman toll down to 84, says 284 wounded",
    """
Iran's health ministry revised the toll from the twin bombings at the memorial to Qassem Soleimani
in Kerman on {{3 January 2024}} down to [[84|killed;a=Iran's health ministry]] from [[103|killed;a=Iran's health ministry]],
saying some victims had been counted twice. [[284 people|injured;a=the ministry;alt=Iran's health
ministry]] were wounded, the ministry said, and [[about 190|injured;a=the ministry;alt=Iran's health
ministry]] were still in hospital {{a day}} later. Islamic State said [[two|combatants;a=Islamic
State]] of its members had carried out the attack. Iran's Red Crescent said it had sent [[32
ambulances|other;a=Iran's Red Crescent]] and [[1,500 units|aid;u=other;a=Iran's Red Crescent]] of
blood to Kerman.
""",
)

item(
    "Air strike on Pazigyi ceremony: volunteers carry wounded to clinics",
    """
An air strike by Myanmar's military on a ceremony in Pazigyi village, in Sagaing region, on {{11
April 2023}} killed [[about 170 people|killed;a=the opposition National Unity Government]], [[up to
40|killed;a=the opposition National Unity Government]] of them children, according to
the opposition National Unity Government. [[About 300 people|civilians]] had gathered for the
opening of a local administration office. Volunteers carried [[dozens of wounded|injured]] to clinics
in nearby villages, and [[30|injured;a=a rescue worker]] were later taken to Kanbalu, a rescue
worker said. The military said it had targeted armed opponents. [[Some 200 families|displaced]]
fled the village in the following days.
""",
)

item(
    "Pahalgam attack: 26 killed, tourists leave Kashmir",
    """
Gunmen killed [[26 people|killed;a=police]] at a meadow near Pahalgam in Kashmir on {{22 April 2025}},
[[25 tourists|killed;a=police]] and a local pony handler, police said. The Government Medical College
in Anantnag treated [[17 wounded|injured;a=The Government Medical College in Anantnag]], the college
said. Police said [[three gunmen|combatants;a=Police]] had been identified from witness accounts,
and detained [[about 1,500 people|arrested;a=Police]] for questioning across the valley. [[More
than 3,000 tourists|returned]] flew home from Srinagar in the {{two days}} after the attack.
""",
)

item(
    "Cúcuta hospital and morgue overwhelmed as Catatumbo fighting displaces tens of thousands",
    """
Fighting between the ELN and FARC dissidents in Colombia's Catatumbo region killed [[at least 80
people|killed;a=the government]] in the {{first week}} of {{January 2025}}, the government said. The
Erasmo Meoz hospital in Cúcuta received [[about 20 wounded|injured]], and the city's forensic
institute had taken in [[more than 40 bodies|killed;a=the Ombudsman's Office]] by {{20 January}},
the Ombudsman's Office said. [[More than 50,000 people|displaced;a=the Ombudsman's Office]] had fled,
the Ombudsman's Office said. [[About 12,000
families|displaced]] were in shelters in Cúcuta and Tibú, and the government plans to deliver
[[10,000 food kits|aid;p;a=the government]]. Officials said [[about 2,000 people|returned;a=Officials]]
had already gone back to their villages.
""",
)

item(
    "Culiacán's morgue takes in 1,000 bodies in year of cartel war",
    """
The Sinaloa state forensic service said on {{9 September 2025}} that it had received [[more than
1,000 bodies|killed;a=The Sinaloa state forensic service]] in Culiacán since fighting between
factions of the Sinaloa cartel broke out {{a year}} earlier. State prosecutors say [[about 1,300
people|missing;a=State prosecutors]] have been reported missing over the same period. The
Civil Hospital has treated [[hundreds of gunshot patients|injured;a=its director]], its director said. Mexico's
defence ministry said it would send [[600 more soldiers|combatants;p;a=Mexico's defence ministry]]
to the state. [[Some 40 families|displaced]] from rural Culiacán were staying at a church
shelter.
""",
)

item(
    "Marawi university bombing: four killed, dozens wounded at Mass",
    """
A bomb went off during a Catholic Mass in the gymnasium of Mindanao State University in Marawi on
{{3 December 2023}}, killing [[four people|killed;a=the police]] and wounding [[about 50|injured;a=the
police]], the police said. Amai Pakpak Medical Center received [[42 patients|injured;a=Amai Pakpak
Medical Center]], and [[12|injured]] were transferred to hospitals in Iligan. The army said [[11
Dawlah Islamiyah fighters|killed;a=The army]] had been killed in clashes the day before. The
university suspended classes and sent [[about 1,000 students|returned]] home, and the social welfare
department handed out [[300 food packs|aid;a=the social welfare department]], the department said.
""",
)

item(
    "PAHO says a quarter of Port-au-Prince health facilities still fully working",
    """
The Pan American Health Organization said on {{20 March 2025}} that only about {{24%}} of health
facilities in Port-au-Prince were fully functional, down from {{39%}} in {{mid-2024}}. The agency
appealed for {{$18 million}} to keep trauma care going for {{six months}}. Fuel prices in the
capital have risen about {{40%}} since the airport closed on {{4 March 2024}}.
""",
)

item(
    "Emergency's Kabul surgical centre marks a quarter-century",
    """
The Italian charity Emergency marked {{25 years}} of its surgical centre in Kabul on {{8 April
2026}}. Opened in {{2001}}, the centre was founded by the surgeon Gino Strada, who died in {{2021}}
aged {{73}}. It treats war wounds free of charge, and in its {{first}} years about {{80%}} of its
patients were children hurt by mines.
""",
)
