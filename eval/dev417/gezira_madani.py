"""Gezira state, 2023-2025: the fall of Wad Madani, the RSF's raids on the villages, the Wad
al-Noura massacre, the revenge attacks of October 2024 in the east of the state, the siege of
Hilaliya, the army's recapture of Wad Madani and what followed it."""

from _wrap import item

item(
    "RSF seizes Wad Madani, sending Khartoum's displaced fleeing again",
    """
The Rapid Support Forces took control of Wad Madani, the capital of Gezira state, on
{{19 December 2023}} after the army's {{1st Infantry Division}} pulled out of the city. Wad
Madani had become the main refuge for people escaping the capital, sheltering
[[about 500,000 displaced people|displaced;a=the United Nations]], according to the United
Nations. OCHA said [[up to 300,000 people|displaced;a=OCHA]] had fled the city and surrounding
villages in {{four days}}, many of them on foot toward Sennar and Al-Qadarif. The International
Organization for Migration said
[[some 14,000 households|displaced;a=The International Organization for Migration]] had reached
Sennar town alone by {{23 December}}. The World Food Programme suspended aid to
[[800,000 people|aid;a=the agency;alt=The World Food Programme]] in the state after its warehouses were looted,
the agency said. The army's withdrawal of [[thousands of troops|combatants]] without a fight
caused fury among residents, and the army said it had opened an investigation. "We fled Khartoum
with nothing, and now we are fleeing again," said Fatima Abdelrahman, {{58}}. She reached Sennar
with [[11 members|displaced]] of her family on the back of a lorry.
""",
)

item(
    "RSF raids leave Gezira's farming villages destitute, civic group says",
    """
Since taking Wad Madani, the Rapid Support Forces have raided
[[more than 300 villages|other;a=the Gezira Conference]] across Gezira state, according to the
Gezira Conference, a civic group that tracks the attacks. The group said
[[at least 1,200 villagers|killed;a=The group;alt=the Gezira Conference]] had been killed and
[[about 7,000 homes|housing;a=The group;alt=the Gezira Conference]] looted between
{{December 2023}} and {{March 2024}}. Farmers in the Gezira irrigation scheme said fighters had
driven off [[hundreds of tractors|other;a=Farmers in the Gezira irrigation scheme]] and
[[some 2,000 head of cattle|other;n=cattle;a=Farmers in the Gezira irrigation scheme]]. In Tamboul,
[[a dozen men|kidnapped]] were taken away after their families could not pay for their release.
The UN Office for the Coordination of Humanitarian Affairs said
[[about 1.4 million people|civilians;a=The UN Office for the Coordination of Humanitarian Affairs]]
in Gezira needed food aid, in a state that used to feed much of the country.
""",
)

item(
    "More than 100 killed in RSF attack on Gezira village of Wad al-Noura",
    """
Rapid Support Forces fighters attacked the village of Wad al-Noura in Gezira state on
{{5 June 2024}}, killing [[more than 100 people|killed;a=the Wad Madani Resistance Committee]],
the Wad Madani Resistance Committee said. Among the dead were
[[at least 35 children|killed;a=UNICEF]], UNICEF said. [[More than 150 people|injured]] were
wounded, many of them by shells fired into the village from the surrounding fields. Before the
attack the village had [[about 3,000 residents|civilians;a=elders]], elders said. Videos posted by
residents showed rows of shrouded bodies laid out in a schoolyard before burial. The committee
said [[at least 20 villagers|missing;a=The committee;alt=the Wad Madani Resistance Committee]] were
still missing and that fighters had looted
[[about 70 houses|housing;a=The committee;alt=the Wad Madani Resistance Committee]].
[[Several hundred residents|displaced;a=survivors]] fled toward Al-Managil on foot, survivors told
Reuters. The RSF said its forces had clashed with army units and armed volunteers in the area and
denied targeting civilians. The UN Secretary-General condemned the killings.
""",
)

item(
    "RSF revenge attacks on east Gezira towns kill hundreds after commander defects",
    """
After Abu Aqla Kayka, a Rapid Support Forces commander from the east of Gezira state, defected to
the army on {{20 October 2024}}, RSF fighters swept through the towns and villages of his home
area. In Al-Sireha, [[at least 124 people|killed;a=the Sudan Doctors Network]] were killed on
{{25 October}}, the Sudan Doctors Network said, and
[[more than 200|injured;a=the Sudan Doctors Network]] were wounded. A rights group said
[[27 women|kidnapped;a=A rights group]] had been abducted in the town. The UN Office for the
Coordination of Humanitarian Affairs said
[[more than 135,000 people|displaced;a=The UN Office for the Coordination of Humanitarian Affairs]]
fled eastern Gezira within {{two weeks}}, many walking for days to Kassala and Al-Qadarif. Local
monitors said [[some 40 villages|other;a=Local monitors]] had been attacked. The army said Kayka
had brought [[thousands of fighters|combatants;a=The army]] with him. The RSF said the dead were
armed men loyal to Kayka.
""",
)

item(
    "Deaths mount in besieged Gezira town of Al-Hilaliya",
    """
Residents of Al-Hilaliya, a town in eastern Gezira encircled by the Rapid Support Forces since
late October, are dying of hunger and disease, medics said. The Sudan Doctors Network said on
{{10 November 2024}} that [[at least 150 people|killed;a=The Sudan Doctors Network]] had died in
the town, with [[up to 40 deaths a day|killed;a=The Sudan Doctors Network]] at the peak. The
town's only clinic has seen [[more than 600 patients|other;a=a doctor there]] with vomiting and
diarrhoea, a doctor there said. [[About 50,000 people|civilians]] remain inside, unable to leave
because fighters stop those trying to cross the fields. Those who tried were beaten and
[[a dozen residents|kidnapped;a=relatives]] were taken away, relatives said. Even so,
[[some 300 families|displaced]] have slipped out at night toward the Butana plain. The RSF accused the
army of spreading false reports.
""",
)

item(
    "Sudan's army retakes Wad Madani after 13 months of RSF rule",
    """
Sudan's army and allied forces entered Wad Madani on {{11 January 2025}}, recapturing the
capital of Gezira state {{13 months}} after it fell to the Rapid Support Forces. Residents poured
into the streets to cheer the soldiers. Nabil Abdallah, the army spokesman, said troops had
killed [[more than 1,000 RSF fighters|killed;a=Nabil Abdallah]] in the battle for the city and
captured [[some 300|arrested;a=Nabil Abdallah]], along with
[[84 combat vehicles|other;a=Nabil Abdallah]]. The RSF said it had withdrawn to avoid civilian
casualties. [[Thousands of residents|civilians]] had stayed in the city throughout the
occupation. The Gezira governor said
[[about 2,000 families|returned;a=The Gezira governor]] had come back in the {{first week}}. The
Sudan Shield Forces of Abu Aqla Kayka, which fought alongside the army, say they have
[[about 10,000 fighters|combatants;a=The Sudan Shield Forces of Abu Aqla Kayka]].
""",
)

item(
    "Rights groups accuse army allies of killings after Wad Madani recapture",
    """
Emergency Lawyers said on {{14 January 2025}} that
[[at least 13 people|killed;a=Emergency Lawyers]], among them South Sudanese nationals, had been
killed by army-allied fighters in Wad Madani and nearby Kanabi settlements after the army retook
the city. The group said [[dozens of homes|housing;a=The group;alt=Emergency Lawyers]] in the
Kanabi of Kambo Tayba had been burned. The army said it had set up an inquiry and detained
[[16 members|arrested;a=The army]] of allied units. In South Sudan, riots against Sudanese
traders in Juba and other towns left [[16 Sudanese nationals|killed;a=police]] dead, police
said. [[About 500 Sudanese traders|displaced;a=the Sudanese embassy]] sheltered at police
stations in Juba, the Sudanese embassy said. Back in Gezira,
[[about 1,200 South Sudanese|displaced;a=UNHCR]] fled the Kanabi for camps near Kosti, according
to UNHCR. South Sudan's president appealed for calm and a
curfew was imposed from {{6pm}}.
""",
)

item(
    "Hundreds of thousands return to Gezira as Wad Madani markets reopen",
    """
[[More than 400,000 people|returned;a=the International Organization for Migration]] went back to
Gezira state between {{January}} and {{April 2025}}, the International Organization for Migration
said, after the army pushed the Rapid Support Forces out of Wad Madani. Returns peaked at
[[about 6,500 people a day|returned]] in February. The state government said it had laid on
[[60 buses|aid;a=The state government]] to bring families back from Kassala and Al-Qadarif. In
Wad Madani town, [[some 30,000 households|returned;a=the IOM]] are back, according to the IOM.
Many found their houses stripped: the Norwegian Refugee Council said
[[more than 6,000 homes|housing;a=the Norwegian Refugee Council]] in the city had been looted or
damaged. The Gezira education ministry said
[[420 schools|other;a=The Gezira education ministry]] had reopened. The IOM expects
[[up to 1 million people|returned;p;a=The IOM]] to return to the state by the end of the year.
""",
)

item(
    "Cholera spreads in Gezira as water systems collapse",
    """
The Gezira state health ministry said on {{22 February 2025}} it had recorded
[[1,845 cholera cases|other;a=The Gezira state health ministry]] and
[[56 deaths|killed;a=The Gezira state health ministry]] since the outbreak reached Wad Madani
{{three weeks}} earlier. The World Health Organization said
[[more than 200 new cases a day|other;a=The World Health Organization]] were being reported in
the state. Medecins Sans Frontieres opened a treatment centre with
[[100 beds|capacity]] in the city's teaching hospital. The ministry deployed
[[24 rapid response teams|other;u=other;a=The ministry;alt=The Gezira state health ministry]] to
chlorinate wells. A vaccination campaign due next month aims to reach
[[1.1 million people|aid;p]]. Water stations in the city were looted during the {{13 months}} of
Rapid Support Forces rule.
""",
)

item(
    "Army finds bodies and detention sites in retaken Gezira town of Al-Kamlin",
    """
Sudanese troops who recaptured Al-Kamlin, north of Wad Madani, found
[[dozens of bodies|killed;a=residents]] in homes and irrigation canals, residents said on
{{4 January 2025}}. The army said it had freed
[[about 200 detainees|arrested;a=The army]] from a Rapid Support Forces prison in a former police
station, many of them too weak to stand. Local officials said they had found
[[three mass graves|other;u=other;a=Local officials]] holding
[[58 bodies|killed;a=Local officials]]. The Sudan Doctors Network said
[[more than 70 of the freed detainees|injured;a=The Sudan Doctors Network]] needed treatment for
wounds and torture. Families have been coming to the police station to look for
[[some 140 men|missing;a=a local lawyer]] still unaccounted for, a local lawyer said.
""",
)

item(
    "First aid convoy in a year reaches eastern Gezira",
    """
A convoy of [[27 trucks|aid;a=the World Food Programme]] carrying food and medicine reached
Rufa'a and Tamboul in eastern Gezira on {{2 February 2025}}, the World Food Programme said, the
{{first}} to the area in more than a year. The trucks carried
[[some 1,300 tonnes|aid;a=the agency;alt=the World Food Programme]] of sorghum, lentils and oil,
enough for [[about 95,000 people|aid;p;a=the agency;alt=the World Food Programme]] for a month,
the agency said. The UN Office for the
Coordination of Humanitarian Affairs said
[[3.4 million people|civilians;a=The UN Office for the Coordination of Humanitarian Affairs]] in
Gezira needed assistance and that it planned to reach
[[1.6 million|aid;p;a=The UN Office for the Coordination of Humanitarian Affairs]] by
June. Local volunteers said [[about 60 communal kitchens|other;u=structure;a=Local volunteers]]
had reopened in the area since the army's return. In Tamboul,
[[about 12,000 households|aid]] received food parcels in the {{first}} distribution.
""",
)

item(
    "East Gezira's displaced crowd schools and mosques in Kassala",
    """
Families who fled the Rapid Support Forces' attacks in eastern Gezira are sleeping in classrooms,
mosques and open fields in Kassala state, aid workers said. The International Organization for
Migration said [[some 9,000 families|displaced;a=The International Organization for Migration]]
had arrived in New Halfa and Kassala town since late October and were staying at
[[14 gathering sites|capacity;a=The International Organization for Migration]]. In New Halfa,
[[38 schools|capacity]] are being used as shelters, each meant for
[[no more than 300 people|capacity]] but holding {{twice}} as many. UNICEF said it had installed
[[200 latrines|aid;a=UNICEF]] and handed out
[[4,500 hygiene kits|aid;a=UNICEF]]. "I walked for {{five days}} with my grandchildren," said
Khadija Mohamed, {{66}}, from Al-Sireha. [[Thousands more|displaced;n=-]] are believed to be stranded in
villages along the Butana plain.
""",
)

item(
    "Sudan Doctors Network says over 2,000 civilians killed in Gezira in a year",
    """
The Rapid Support Forces killed
[[more than 2,000 civilians|killed;a=the Sudan Doctors Network]] in Gezira state in the
{{12 months}} after they seized Wad Madani, the Sudan Doctors Network said on
{{18 December 2024}}. The network said [[about 4,700 people|injured;a=The network;alt=the Sudan Doctors Network]]
had been wounded and [[at least 530 women|kidnapped;a=The network;alt=the Sudan Doctors Network]]
abducted in the same period. It said
[[more than 1,600 villagers|missing;a=the Sudan Doctors Network]] were missing, that
[[more than 400 villages|other;a=the Sudan Doctors Network]] had been raided, and that
[[some 180,000 families|displaced;a=the Sudan Doctors Network]] had fled their homes. Among the
dead were [[41 health workers|killed]]. The figures could
not be independently verified. The RSF has said its forces protect Gezira's residents and blamed
what it called army-backed militias for the violence.
""",
)

item(
    "RSF shelling hits displacement camp in Al-Managil",
    """
Shells fired by the Rapid Support Forces hit a camp for displaced people in Al-Managil, in
western Gezira, on {{9 August 2024}}, killing [[eight people|killed;a=the local emergency response room]],
among them [[five children|killed;a=the local emergency response room]], the local emergency
response room said. [[Seventeen|injured]] others were wounded. The camp, a former agricultural
research station, shelters [[about 4,200 people|displaced;a=camp officials]] who fled Wad Madani,
camp officials said. After the attack, [[around 600 families|displaced]] moved on toward Sennar.
The army said its artillery had destroyed [[two RSF positions|other;a=The army]] east of the
town.
""",
)

item(
    "Women abducted in Gezira freed as army advances",
    """
Army-allied forces freed [[31 women and girls|kidnapped;n=women and girls;a=the Sudan Doctors Network]]
held by the Rapid Support Forces in villages near Tamboul, the Sudan Doctors Network said on
{{27 January 2025}}. The network said the women had been held for up to {{five months}}.
[[Nine|injured;a=The network;alt=the Sudan Doctors Network]] of them needed hospital treatment,
the network said. Emergency Lawyers said
[[hundreds of people|missing;a=Emergency Lawyers]] abducted from Gezira's villages since
{{December 2023}} remained unaccounted for, and that
[[at least 90|kidnapped;a=Emergency Lawyers]] were believed to have been taken to Darfur. The UN
Population Fund said it had sent [[1,200 dignity kits|aid;a=The UN Population Fund]] to Wad Madani,
where a safe house run by a local women's group has room for [[40 women|capacity]].
""",
)

item(
    "Gezira farmers count the cost of a lost season",
    """
Farmers in the Gezira scheme planted less than {{20 percent}} of their usual wheat area in the
{{2024-25}} season, the Food and Agriculture Organization said in {{March 2025}}. Fertiliser
prices rose by {{300 percent}} after the fall of Wad Madani, and a sack of seed now sells for
about {{120,000 Sudanese pounds}}. The scheme, set up in {{1925}}, once supplied about
{{half}} of the country's wheat. "I am {{63}} and I have never seen the canals this empty," said
Yousif Hamad, a farmer near Al-Hasaheisa. The agriculture ministry hopes to restore irrigation by
{{October}}, at a cost of {{$48 million}}.
""",
)

item(
    "Wad Madani's football fans return to the stands",
    """
Al-Ahli Wad Madani beat Al-Ittihad {{2-1}} on {{4 April 2025}} in the city's {{first}} league match
since the Rapid Support Forces were driven out in January. The winner came in the {{88th minute}}
from a {{19-year-old}} substitute. The stadium, built in {{1962}}, had been used by the RSF as a
vehicle depot and its pitch was reseeded in {{six weeks}}. Tickets cost {{2,000 pounds}}, and the
club said receipts would go to repairing the stands. The Sudan Premier League, suspended for
{{two seasons}}, is due to resume in {{August}}.
""",
)
