"""Items of dev222: the Sahel (Burkina Faso, Mali, Niger, Benin), Cameroon, DR Congo and
Mozambique (jihadist and separatist abductions, militia raids on camps, kidnapping for ransom,
hostages freed by armies, and the monitors' counts)."""

from _wrap import item

item(
    "Burkina Faso army frees women and children abducted near Arbinda",
    """
Burkina Faso's army said on Saturday it had freed [[66 women and children|kidnapped;a=Burkina
Faso's army;n=women and children]] abducted by jihadists near Arbinda, in the country's Sahel
region, the previous week. State broadcaster RTB said the group included [[27
children|kidnapped;a=State broadcaster RTB]], some of them infants carried on their mothers'
backs. The women were seized on {{January 12 and 13}} as they gathered wild leaves and fruit
outside the blockaded town, where food stocks have run out. Local sources told AFP that [[about
20 women|kidnapped;a=Local sources]] had escaped on the first night and walked back to town. The
army said [[12 militants|killed;a=The army]] were killed during the operation, which was carried
out with [[some 200 Volunteers|combatants;a=The army]] for the Defence of the Homeland (VDP).
Arbinda, where [[more than 60,000 people|civilians]] are cut off by a blockade imposed by the
al-Qaeda-linked JNIM, has received food only by helicopter for months. WFP said it planned [[four
more airlifts|aid;p;u=other;a=WFP]] before the rainy season.
""",
)

item(
    "Jihadists abduct truck drivers and foreign workers in western Mali",
    """
Suspected fighters of the al-Qaeda-linked JNIM have abducted [[at least 23 truck
drivers|kidnapped;a=the National Union of Road Transporters of Mali]] and [[five foreign
workers|kidnapped;a=the National Union of Road Transporters of Mali]] in western Mali's Kayes
region since the start of September, according to the National Union of Road Transporters of
Mali. The foreigners, [[three Indian nationals|kidnapped]] and [[two Chinese
engineers|kidnapped]], were seized in separate raids on a cement plant and a gold mine near
Diboli. The militants have also set fire to [[more than 80 fuel tankers|other;a=the union;alt=National
Union of Road Transporters of Mali]] on the Dakar-Bamako corridor, the union said. Mali's army
said it had "neutralised" [[a dozen terrorists|killed;a=Mali's army]] in operations around
Diboli and Nioro du Sahel. Mamadou Cissé, the union's secretary general, told Reuters that
[[several hundred drivers|other;a=Mamadou Cissé]] had refused to take the road without military
escorts, leaving [[about 1,500 trucks|other;a=Mamadou Cissé]] parked at the Senegalese border.
""",
)

item(
    "Villagers flee Tillabéri after gunmen kidnap local chiefs",
    """
[[More than 7,000 people|displaced;a=the UN refugee agency]] have fled villages in Niger's
Tillabéri region since mid-August after fighters of Islamic State Sahel Province kidnapped [[14
village chiefs and elders|kidnapped;a=the UN refugee agency;n=chiefs and elders]], the UN
refugee agency said. Local officials in Téra said [[nine of the chiefs|kidnapped;a=Local
officials in Téra]] were released after their communities paid "fines" of {{500,000 CFA
francs}} each, while [[two|killed;a=Local officials in Téra]] were found dead. Téra's mayor said
the town was hosting [[roughly 2,300 displaced families|displaced;a=Téra's mayor]] in [[four
schools|capacity;a=Téra's mayor]] and the livestock market. Niger's defence ministry said [[17
assailants|killed;a=Niger's defence ministry]] were killed when troops backed by drones
intercepted a column of [[50 to 60 motorcycles|other;a=Niger's defence ministry]] near the border
with Burkina Faso. Aid agencies expect [[up to 10,000 more|displaced;p;a=Aid agencies;n=-]] to
arrive in Téra before the harvest.
""",
)

item(
    "Separatists abduct students and staff in Cameroon's Northwest",
    """
Armed separatists kidnapped [[79 students|kidnapped;a=the army]] and [[three staff
members|kidnapped;a=the army]] from a Presbyterian secondary school in Nkwen, on the outskirts of
Bamenda, the army said on Monday. Military sources said [[11 of the students|kidnapped;a=Military
sources]] had been found on Wednesday near Bafut, exhausted but unharmed. The Presbyterian Church
in Cameroon, which runs the school, said it would keep the campus closed until further notice.
UNICEF said separatist fighters had forced [[hundreds of schools|other;a=UNICEF]] to shut in the
Northwest and Southwest regions since {{2017}}, leaving [[more than 700,000
children|civilians;a=UNICEF]] out of class. The conflict has killed [[more than 6,000
people|killed;a=the International Crisis Group]] and forced [[over 700,000|displaced;a=the
International Crisis Group]] from their homes, according to the International Crisis Group.
""",
)

item(
    "ADF rebels kill 18, abduct dozens in Lubero raids",
    """
Fighters of the Allied Democratic Forces (ADF) killed [[at least 18 civilians|killed;a=local
civil society leaders]] and abducted [[dozens of others|kidnapped;a=local civil society
leaders]] in raids on villages in Lubero territory, in eastern Congo's North Kivu province, local
civil society leaders said. Samuel Kakule, who heads a civil society group in Bapere, said [[42
people|kidnapped;a=Samuel Kakule]] were forced to carry looted goods into the forest. [[Seven of
the captives|kidnapped]] managed to escape on Sunday and reached Manguredjipa. The rebels also
torched [[about 35 houses|housing]] and [[two health centres|housing]]. Lieutenant Marc Elongo,
spokesman for the {{Sokola 1}} operation, said Congolese and Ugandan troops had killed [[five ADF
fighters|killed;a=Lieutenant Marc Elongo]] in a counter-attack. [[Thousands of
residents|displaced]] have fled towards Butembo, {{about 60 km}} to the south. The UN says the ADF
has killed [[more than 6,000 civilians|killed;a=The UN]] in Beni, Lubero and Ituri since {{2014}}.
""",
)

item(
    "Insurgents abducting children in Cabo Delgado, rights group says",
    """
Islamic State-linked insurgents in northern Mozambique's Cabo Delgado province have abducted [[at
least 120 children|kidnapped;a=Human Rights Watch]] since January, using them as porters,
fighters and forced "wives", Human Rights Watch said on Tuesday. The group said it had
interviewed [[27 former captives|kidnapped;a=The group;alt=Human Rights Watch]], as well as
parents and community leaders, and heard of children {{as young as 12}} being trained to use
rifles. Mozambique's government said last month that [[32 children|kidnapped;a=Mozambique's
government]] had been rescued by the army and Rwandan forces. Rwanda has [[about 4,000
troops|combatants]] in the province alongside Mozambican forces. [[More than 500,000
people|displaced;a=the International Organization for Migration]] remain displaced in Cabo
Delgado, while [[about 600,000|returned;a=the International Organization for Migration]] have
gone back to their districts since {{2022}}, according to the International Organization for
Migration.
""",
)

item(
    "Kidnappings for ransom empty villages in Cameroon's Far North",
    """
Kidnappers have seized [[at least 250 people|kidnapped;a=a regional official]] in Cameroon's Far
North region since January, most of them in the Mayo-Tsanaga and Mayo-Sava departments, a
regional official told AFP. Many victims are herders and traders, freed only after their
families pay ransoms of {{between 500,000 and 2 million CFA francs}}. Gendarmes said they had
arrested [[14 suspects|arrested;a=Gendarmes]] and freed [[nine hostages|kidnapped;a=Gendarmes]]
in raids in Koza district last week. [[Three hostages|killed;a=local media]] were killed by their
captors in May when the ransoms were not paid, local media reported. In Mozogo, the village chief
said [[more than 60 families|displaced;a=the village chief]] had left for Mokolo town and that
[[at least 20 homes|housing;a=the village chief]] had been burned by kidnappers punishing
relatives who refused to pay. The Norwegian Refugee Council said the region hosts [[around
450,000 internally displaced people|displaced;a=The Norwegian Refugee Council]].
""",
)

item(
    "CODECO militia raid displacement camp in Ituri",
    """
Militiamen of the CODECO group killed [[at least 23 people|killed;a=MONUSCO]] and abducted
[[about 15|kidnapped;a=MONUSCO]] in an overnight raid on the Plaine Savo displacement camp in
Djugu territory, MONUSCO, the UN mission in Congo, said. The camp shelters [[more than 24,000
displaced people|displaced]], most of them from the Hema community. Camp leaders said [[12
residents|missing;a=Camp leaders]] were still unaccounted for on Wednesday. [[Some 170
shelters|housing]] were burned. Doctors at the Bule general hospital said they were treating [[31
people|injured;a=Doctors at the Bule general hospital]] for machete and gunshot wounds. The
mission said it had deployed [[120 peacekeepers|combatants;a=The mission;alt=MONUSCO]] to protect
the camp. Ituri province has [[some 1.7 million displaced people|displaced;a=OCHA]], OCHA says.
""",
)

item(
    "Gunmen stop bus, seize passengers on central Mali road",
    """
Gunmen stopped a bus travelling between Bandiagara and Bankass in central Mali on Thursday, set
it on fire and took [[about 30 passengers|kidnapped;a=a local official]], a local official said.
Moulaye Guindo, the mayor of Bankass, said [[19 women|kidnapped;a=Moulaye Guindo]] were released
the same evening, while [[11 men|kidnapped;a=Moulaye Guindo]] were still being held. Relatives
said [[four passengers|missing;a=Relatives]] had not been seen since the attack and may have fled
into the bush. The attackers also burned [[three buses|other]] at a checkpoint near Songho. The
UN's human rights office recorded [[at least 412 people|kidnapped;a=The UN's human rights
office]] abducted in the Mopti and Ségou regions in {{2023}}, many of them travellers taken from
public transport. Dan Na Ambassagou, a Dogon militia, said it would deploy [[150 to 200
fighters|combatants;p;a=Dan Na Ambassagou]] to escort convoys on the road.
""",
)

item(
    "Thousands flee as insurgents raid villages in Ancuabe",
    """
[[More than 12,000 people|displaced;a=the UN's humanitarian office]] have fled Ancuabe district
in Mozambique's Cabo Delgado province in the past week after insurgents beheaded [[two village
leaders|killed;a=the UN's humanitarian office]], the UN's humanitarian office (OCHA) said on
Friday. Residents told the Lusa news agency that [[at least nine children|kidnapped;a=Residents]]
had been taken from Mapate and Nanjua. The district administrator said [[about 3,400 of the
displaced|displaced;a=The district administrator]] were sheltering in [[11 schools|capacity;a=The
district administrator]] in Metoro and Ancuabe town, forcing classes to close for [[8,000
pupils|civilians;a=The district administrator]]. [[Some 300 homes|housing;a=OCHA]] were burned in
the attacks, OCHA said. Local officials said [[about 1,000 people|returned;a=Local officials]]
had already gone back to villages near the district capital. WFP said it planned to distribute
rations to [[2,500 families|aid;p;a=WFP]] next week.
""",
)

item(
    "Benin says jihadists seized farmers and rangers near W park",
    """
Benin's army said jihadist fighters had abducted [[seven farmers|kidnapped;a=Benin's army]] and
[[two park rangers|kidnapped;a=Benin's army]] near W National Park in the northern Alibori
department at the weekend. In a statement, the army said soldiers had found [[three of the
farmers|killed;a=the army]] dead near the village of Kofounou. The attack was the latest in a
wave that has killed [[more than 50 soldiers|killed]] in northern Benin since January. Benin has
deployed [[about 3,000 troops|combatants]] along its northern borders under Operation Mirador.
Local authorities said [[some 4,000 people|displaced;a=Local authorities]] had left border
villages for Kandi and Banikoara. The mayor of Karimama said only [[about 150
families|returned;a=The mayor of Karimama]] had gone back since an army sweep in March.
""",
)

item(
    "Five MSF staff kidnapped in North Kivu, charity says",
    """
Gunmen abducted [[five Congolese staff members|kidnapped;a=the medical charity;alt=Médecins Sans
Frontières]] of Médecins Sans Frontières (MSF) on the road between Rutshuru and Kiwanja in
eastern Congo on Tuesday, the medical charity said. The charity said the team was returning from
a mobile clinic that had treated [[more than 200 patients|aid;a=The charity;alt=Médecins Sans
Frontières]] that day. It said it had suspended activities that serve [[about 40,000
people|aid;a=Médecins Sans Frontières]] in the area. [[Three of the staff|kidnapped;a=the
charity;alt=Médecins Sans Frontières]] were released on Thursday, the charity said, while
[[two|kidnapped;a=the charity;alt=Médecins Sans Frontières]] remain in captivity. According to
the Aid Worker Security Database, [[47 aid workers|kidnapped;a=the Aid Worker Security
Database]] were kidnapped in Congo in {{2024}}. OCHA recorded [[more than 180 security
incidents|other;u=other;a=OCHA]] affecting humanitarian workers in North Kivu in the {{first half
of 2025}}.
""",
)

item(
    "Soldiers free bus passengers held by separatists near Babadjou",
    """
Cameroonian soldiers freed [[14 bus passengers|kidnapped;a=Cameroon's Ministry of Defence]] held
by Anglophone separatists in the Northwest region, Cameroon's Ministry of Defence said on Sunday,
{{two days}} after gunmen stopped their vehicle near Babadjou. The ministry said [[four
separatist fighters|killed;a=The ministry;alt=Cameroon's Ministry of Defence]] were killed and
[[two soldiers|injured;a=The ministry;alt=Cameroon's Ministry of Defence]] wounded in the rescue.
Passengers said the gunmen had demanded {{50,000 CFA francs}} from each traveller before marching
them into the hills. Relatives told local radio that [[19 people|kidnapped;a=Relatives]] had been
on the bus and that [[five|missing;a=Relatives]] were still unaccounted for. The Northwest and
Southwest regions count [[some 580,000 internally displaced people|displaced;a=OCHA]], according
to OCHA.
""",
)

item(
    "Ugandan and Congolese troops free ADF captives in Ituri forest",
    """
Ugandan and Congolese troops have freed [[67 hostages|kidnapped;a=the Uganda People's Defence
Force]] held by the Allied Democratic Forces in the forests of Ituri province, the Uganda
People's Defence Force (UPDF) said on Friday. UPDF spokesman Brigadier General Felix Kulayigye
said the freed captives included [[29 children|kidnapped;a=UPDF spokesman Brigadier General Felix
Kulayigye]], some of them born in captivity. He said [[nine ADF fighters|killed;a=UPDF spokesman
Brigadier General Felix Kulayigye]] were killed and [[six others|arrested;a=UPDF spokesman
Brigadier General Felix Kulayigye]] captured during the operation. The joint offensive, known as
Operation Shujaa, began in {{November 2021}}. The Beni civil society coordination said [[more
than 300 people|missing;a=The Beni civil society coordination]] abducted by the ADF in Beni
territory since {{2022}} were still missing. The ICRC said it was providing food, clothes and
medical care to [[all 67|aid;a=The ICRC]] at a transit centre in Mukakati before they are
reunited with their families.
""",
)

item(
    "Abductions by armed groups surge across central Sahel, monitor says",
    """
Armed groups abducted [[at least 1,230 people|kidnapped;a=the Armed Conflict Location and Event
Data project]] in Burkina Faso, Mali and Niger in {{2024}}, up {{38%}} on the previous year, the
Armed Conflict Location and Event Data project (ACLED) said in a report on Wednesday. The monitor
recorded [[412 separate abduction events|other;u=other;a=The monitor;alt=Armed Conflict Location
and Event Data project]], {{two-thirds}} of them attributed to JNIM. Most of those taken were
released within weeks, but [[about 140|missing;a=Armed Conflict Location and Event Data
project]] have not been accounted for, it said. ACLED counted [[at least 95
hostages|killed;a=ACLED]] executed by their captors. The Burkinabe teachers' union said [[some 60
teachers|kidnapped;a=The Burkinabe teachers' union]] were among those abducted in Burkina Faso.
Burkina Faso's government stopped publishing displacement data after {{March 2023}}, when it
counted [[2,062,534 internally displaced people|displaced;a=Burkina Faso's government]].
""",
)

item(
    "French journalist freed after nearly two years held by jihadists in Mali",
    """
Olivier Dubois, a French journalist abducted in northern Mali in {{2021}}, was freed in Niamey on
{{March 20, 2023}}, after {{711 days}} in the hands of al-Qaeda's Sahel affiliate. The
{{48-year-old}}, who had worked in Mali since {{2015}}, was seized in Gao on {{April 8, 2021}},
while on his way to interview a JNIM commander. He stepped off a military plane in Niger's
capital looking thin but smiling. American aid worker Jeffery Woodke, {{61}}, abducted in Niger in
{{October 2016}}, was released the same day after more than {{six years}} in captivity. Niger's
government said no ransom had been paid, though French media reported that intermediaries had
worked on the case for {{18 months}}. Dubois told reporters he had been moved between camps every
few weeks and had learned to read the stars.
""",
)

item(
    "Military court jails separatist commander for life over Kumbo abduction",
    """
A military court in Yaoundé on Thursday sentenced a separatist commander known as "General
Ayeke" to life in prison for the abduction of schoolchildren in Kumbo in {{2019}}. The tribunal
found the {{34-year-old}} guilty of terrorism, secession and hostage-taking after a trial that
lasted {{11 months}}. His lawyer, Amungwa Tanyi Nicodemus, said he would appeal within the {{10
days}} allowed by law. The court also ordered him to pay {{250 million CFA francs}} in damages to
the families. Rights groups say trying Anglophone civilians before military courts breaches
Cameroon's obligations under the African Charter on Human and Peoples' Rights. The hearing began
at {{9 a.m.}} and ended shortly before {{7 p.m.}}
""",
)
