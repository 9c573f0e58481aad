"""Beni territory and town: the ADF's massacres, abductions and the people they uproot (dev392)."""

from _wrap import item

item(
    "ADF rebels kill 22 in overnight raid near Oicha",
    """
Fighters of the Allied Democratic Forces killed [[at least 22 civilians|killed;a=Donat Kisoni]]
with machetes in the village of Mayimoya, near Oicha, on the night of {{November 5}}, said Donat
Kisoni, the administrator of Beni territory. Civil society in Oicha put the toll at [[26|killed;a=Civil
society in Oicha]] and said [[eight people|kidnapped;a=Civil society in Oicha]] had been taken away.
[[Eleven wounded|injured]] were being treated at Oicha general hospital. The attackers burned
[[about 30 houses|housing;a=residents]] and [[four vehicles|other;a=residents]] before withdrawing
towards the Mayangose forest, residents told Reuters. By morning [[hundreds of
families|displaced;a=residents]] had fled to Oicha town, they said.
""",
)

item(
    "More than 1,300 inmates escape Beni's Kangbayi prison after attack",
    """
[[More than 1,300 inmates|other;a=the mayor of Beni]] escaped from Kangbayi central prison in Beni
early on {{Tuesday}} after an attack later claimed by the Islamic State, the mayor of Beni said. The
prison held [[1,456 detainees|arrested;a=the justice ministry]], according to the justice ministry.
[[Eight people|killed;a=police]] were killed, among them [[two police officers|killed;a=police]] and
[[three soldiers|killed;a=police]], police said. Authorities said they had recaptured [[214
escapees|arrested;a=Authorities]] by {{Thursday}}. The prison director said the escapees included
[[some 240 ADF suspects|other;a=The prison director]] awaiting trial. A curfew from {{6pm}} to
{{6am}} was imposed on the town.
""",
)

item(
    "Mass burial in Eringeti after ambush on Beni-Luna road",
    """
Residents of Eringeti buried [[37 people|killed]] on {{Saturday}}, {{two days}} after ADF fighters
ambushed [[three trucks|other]] on the Beni-Luna road and killed their passengers. The Beni civil
society coordination said [[nine people|missing;a=The Beni civil society coordination]] were
missing and [[14|injured;a=The Beni civil society coordination]] had been wounded. [[About 2,000
residents|displaced;a=a MONUSCO spokesperson]] spent the night outside the UN base in Eringeti, a
MONUSCO spokesperson said, while [[thousands more|displaced;n=-]] walked south to Oicha. The army
said [[500 extra troops|combatants;p;a=The army]] would be sent to guard the road. Traffic on the
{{RN4}} has been suspended for {{72 hours}}.
""",
)

item(
    "Bomb at Kasindi church kills 14 during Sunday service",
    """
A bomb exploded during a service at a Pentecostal church in Kasindi, on the border with Uganda, on
{{January 15, 2023}}, killing [[at least 14 people|killed;a=the army]] and wounding
[[63|injured;a=the army]], the army said. [[Hundreds of worshippers|civilians]] were inside when
the device went off near the choir. The Islamic State claimed the bombing through its Amaq news
agency, which put the number of dead at [[about 20|killed;a=Amaq news agency]]. Police said they
had arrested [[five suspects|arrested;a=Police]], one of them a Kenyan national.
[[Seventeen of the wounded|injured]] were transferred to hospitals in Beni and Butembo. It was the
{{first}} bombing of a church in the territory.
""",
)

item(
    "Beni civil society says ADF have killed thousands since 2014",
    """
The civil society of Beni territory said on {{Monday}} that ADF attacks had killed [[more than
3,000 civilians|killed;a=The civil society of Beni territory]] in the territory and town since
{{October 2014}}. The group also counts [[1,012 people|kidnapped;a=The group;alt=civil society of
Beni territory]] abducted, of whom [[fewer than 400|kidnapped;a=The group;alt=civil society of Beni
territory]] have come back. The Kivu Security Tracker, which uses stricter criteria, has recorded
[[2,118 civilians|killed;a=The Kivu Security Tracker]] killed by the ADF over the same period.
[[Tens of thousands of residents|displaced]] have left villages east of the Beni-Kasindi road,
leaving [[dozens of villages|other]] empty. A UN group of experts estimated in {{2020}} that the ADF
had [[between 1,200 and 1,500 fighters|combatants;a=A UN group of experts]].
""",
)

item(
    "Beni eases curfew as traders count the cost of insecurity",
    """
Authorities in Beni pushed back the evening curfew from {{6pm}} to {{10pm}} on {{March 3}}, the
{{first}} change since {{2021}}. Traders in the central market say sales have fallen by {{40%}} since
the attacks on the Mbau-Kamango road, which is {{60 km}} long and has been closed for {{11 months}}
of the past {{two years}}. A sack of beans now costs {{85,000 Congolese francs}}, about {{$30}},
twice the price of {{2022}}. The mayor said the decision would be reviewed after {{30 days}}.
""",
)

item(
    "Displaced fill schools and churches in Oicha as ADF raids spread",
    """
[[Some 45,000 displaced people|displaced;a=OCHA]] have arrived in Oicha since the start of June,
OCHA said, most of them from villages in the Beni-Mbau and Watalinga sectors. The new arrivals are
sleeping in [[23 schools|capacity;a=the office;alt=OCHA]] and [[12 churches|capacity;a=the
office;alt=OCHA]] in the town, the office said, which has kept [[about 9,500 pupils|other;a=the
office;alt=OCHA]] out of class. Host families have taken in [[about 4,200 households|displaced;a=the
local displacement committee]], according to the local displacement committee. WFP plans to
distribute rations to [[30,000 people|aid;p;a=WFP]] this month. [[Some 1,300|returned]] have gone
back to Mavivi, {{12 km}} to the south, since the army reopened the road.
""",
)

item(
    "Army says it repelled ADF attack on Mutwanga, killing 11 fighters",
    """
The army said it had repelled an ADF attack on its positions in Mutwanga, in the Ruwenzori sector,
killing [[11 rebels|killed;a=The army]] and capturing [[two|arrested;a=The army]]. [[Four
soldiers|killed;a=Captain Antony Kalemba]] and [[one civilian|killed;a=Captain Antony Kalemba]]
died, said Captain Antony Kalemba, spokesman for the {{Sokola 1}} operations in the Grand Nord.
Residents said the attackers had taken [[a dozen people|kidnapped;a=Residents]] into the Ruwenzori
foothills, including [[three nurses|kidnapped;a=Residents]]. [[About 800 families|displaced;a=Kakule
Mumbere]] fled to Kasindi-Lubiriha, said Kakule Mumbere, head of the Bawisa groupement. The
fighting lasted about {{four hours}}.
""",
)

item(
    "Freed ADF captives describe forced marches in Beni forests",
    """
[[Forty-three captives|kidnapped;a=the Ugandan army]] held by the ADF were freed in a joint
Ugandan-Congolese raid on a camp near Mwalika, the Ugandan army said. Among them were [[19
children|kidnapped]], some of whom had been held for more than {{two years}}. The freed captives
told aid workers that [[at least 60 others|kidnapped;a=The freed captives]] were still held in
camps along the Semuliki river. The UPDF said [[nine ADF fighters|killed;a=The UPDF]] were killed
in the raid and [[14 rifles|other;a=The UPDF]] seized. A {{16-year-old}} boy said he had walked for
{{three weeks}} carrying looted goods. Families in Oicha say [[more than 200
relatives|missing;a=Families in Oicha]] have not been heard of since the ADF took them.
""",
)

item(
    "ADF set fire to Maboya health centre, killing patients",
    """
ADF fighters attacked the Catholic health centre at Maboya, north of Butembo, on the night of
{{October 19}}, killing [[seven people|killed;a=the diocese of Butembo-Beni]], among them a nun who
worked there as a doctor, the diocese of Butembo-Beni said. Local officials said [[about 20
houses|housing;a=Local officials]] were burned in the village and [[six people|kidnapped;a=Local
officials]] taken, [[two patients|kidnapped;a=Local officials]] among them. [[Some 1,500
residents|displaced;a=Radio Okapi]] fled to Butembo, Radio Okapi reported. Health workers' unions
said [[11 health workers|killed;a=Health workers' unions]] had been killed in Beni and Lubero since
January. The maternity ward, rebuilt in {{2019}}, was destroyed.
""",
)

item(
    "Protests against the UN mission turn deadly in Butembo",
    """
[[Three UN peacekeepers|killed;a=the mission;alt=MONUSCO]] were killed when protesters overran a
MONUSCO base in Butembo on {{July 26, 2022}}, the mission said, on the {{second}} day of
demonstrations against the force. Police said [[seven protesters|killed;a=Police]] had been killed
in Butembo and [[more than 50|injured;a=Police]] wounded. Demonstrators accuse the mission, which has
[[some 14,000 troops|combatants]] in Congo, of failing to stop the ADF massacres. The army said it
had arrested [[22 people|arrested;a=The army]] for looting and that [[two police
officers|injured;a=The army]] were in critical condition. The mission said it had evacuated [[about
40 civilian staff|displaced;a=The mission;alt=MONUSCO]] to Beni.
""",
)

item(
    "Islamic State claims raid near Kamango as toll rises to 18",
    """
The toll from {{Sunday}}'s attack on Ndama, a village near Kamango in the Watalinga sector, has
risen to [[18 dead|killed;a=the Congolese Red Cross]] after volunteers found [[five more
bodies|killed;a=the Congolese Red Cross]] in the fields, the Congolese Red Cross said on
{{Tuesday}}. The Islamic State's Central Africa Province claimed the attack and said its fighters
had killed [[23 Christians|killed;a=The Islamic State's Central Africa Province]]. Local leaders said
[[about 25 people|kidnapped;a=Local leaders]] were taken and [[40 houses|housing;a=Local leaders]]
burned. Kamango, home to [[about 40,000 residents|civilians]], has been cut off from Beni for {{six
weeks}} by attacks on the {{70-km}} road. [[Some 3,000 people|displaced;a=the UNHCR office in
Bundibugyo]] have crossed into Uganda at Busunga, according to the UNHCR office in Bundibugyo.
""",
)

item(
    "Kivu Security Tracker counts 147 killed in Beni territory in one month",
    """
The Kivu Security Tracker recorded [[147 civilians|killed;a=The Kivu Security Tracker]] killed in
Beni territory in November, its highest monthly toll since {{2014}}, nearly all of them in attacks
attributed to the ADF. The tracker also recorded [[62 people|kidnapped;a=The tracker;alt=Kivu
Security Tracker]] abducted and [[at least 11 soldiers|killed;a=The tracker;alt=Kivu Security
Tracker]] killed. Over the same month the army announced it had killed [[96 ADF
fighters|killed;a=the army]] and arrested [[31 collaborators|arrested;a=the army]], figures the
tracker could not verify. [[Nearly 60,000 people|displaced;a=OCHA]] were newly displaced in the
territory during the month, OCHA said separately. "November was the worst month we have recorded,"
a researcher said.
""",
)

item(
    "Explainer: how the ADF became Islamic State's Central Africa province",
    """
The Allied Democratic Forces began as a Ugandan rebel movement in {{1995}} and moved into Congo's
Rwenzori foothills within {{two years}}. Under Musa Baluku, who took over after the arrest of the
founder Jamil Mukulu in {{2015}}, the group pledged allegiance to the Islamic State in {{2019}}. The
United States designated it a terrorist organisation in {{March 2021}}, and Uganda blamed it for
the suicide bombings in Kampala in {{November 2021}}. Analysts say its area of operations now
stretches more than {{400 km}}, from the Semuliki valley to Mambasa. Its bombs have grown more
sophisticated since the {{2020}} and {{2021}} attacks in Beni.
""",
)

item(
    "Villagers trickle back to Watalinga under Ugandan army protection",
    """
[[About 15,000 people|returned;a=local authorities]] have returned to villages in the Watalinga
sector since Ugandan troops set up positions there, local authorities said. UNHCR said it had
registered [[2,640 returning households|returned;a=UNHCR]], but warned that {{40 percent}} of homes
in the sector had been destroyed. The agency plans to rebuild [[nearly 900 homes|housing;p;a=The
agency;alt=UNHCR]] by December. Uganda has [[about 4,000 troops|combatants;a=a Ugandan army
spokesman]] in Congo, a Ugandan army spokesman said. [[Twelve schools|other]] have reopened since
{{September 5}}. Returnees in Nobili told the agency that [[three people|killed;a=Returnees in
Nobili]] had been killed in the fields last month.
""",
)

item(
    "Attacks force Ebola teams out of Beni and Mangina",
    """
Attacks on Ebola responders in Beni and Mangina have killed [[four health workers|killed;a=the
World Health Organization]] and wounded [[six|injured;a=the World Health Organization]] this week,
the World Health Organization said on {{November 29, 2019}}. WHO said it had pulled [[121 of its
staff|displaced;a=WHO]] out of Beni. Protesters angry at ADF killings burned the town hall and
[[dozens of vehicles|other]] in Beni on {{Monday}}. [[Eight people|killed;a=police]] died in the
unrest, police said, and [[about 40|arrested;a=police]] were arrested. The outbreak has killed
[[more than 2,200 people|killed;a=the health ministry]] since {{August 2018}}, according to the
health ministry.
""",
)

item(
    "Bodies of 15 motorcycle taxi drivers found near Mbau",
    """
Soldiers recovered the bodies of [[15 motorcycle taxi drivers|killed;a=Captain Antony Kalemba]] in
the bush near Mbau on {{Wednesday}}, a day after ADF fighters seized them on the Oicha road, said
Captain Antony Kalemba, the army's spokesman. The fighters burned [[22 motorcycles|other]] and
abducted [[about ten passengers|kidnapped]]. [[Two survivors|injured]] were treated at Oicha
hospital for machete wounds. [[Several hundred drivers|other;a=organisers]] marched to the town hall
in Beni on {{Thursday}}, organisers said. The drivers' association says [[more than 70 of its
members|killed;a=The drivers' association]] have been killed in Beni territory since {{2021}}.
""",
)
