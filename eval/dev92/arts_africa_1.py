"""dev92 articles: Africa, the first five (Nigeria, Sudan and Chad, the DRC, Burkina Faso)."""

from _wrap import item

item(
    "Nigeria: 279 schoolgirls freed four days after Zamfara boarding-school raid",
    """
GUSAU, Nigeria (Reuters) - Gunmen who stormed a girls' boarding school in northwest Nigeria's
Zamfara state have freed [[279 pupils|kidnapped;a=Governor Bello Matawalle]], Governor Bello
Matawalle said on Tuesday, {{four days}} after a raid that set off a frantic search of the
forests around the town of Jangebe. The girls were driven to the state capital before dawn, many
of them barefoot and wrapped in borrowed shawls, and were received at Government House by
officials and weeping relatives. The state health commissioner said [[17 of them|injured;n=-;a=The
state health commissioner]] were being treated for cuts and sprains suffered as they were marched
through the bush, and that none was in a serious condition.

Police had initially put the number of abducted girls at [[317|kidnapped;a=Police]], but the
school's principal later said that figure included girls who had hidden in nearby farmland during
the attack and walked home the next morning. The attackers arrived on [[about 100
motorcycles|other;a=witnesses]] shortly after {{1am}}, according to witnesses, and forced the
girls to walk for hours into the Rugu forest. A father, Mustapha Abdullahi, said his
{{13-year-old}} daughter had been among those taken. "She told me they were given only water and
a little rice each day," he said.

Matawalle insisted that no ransom had been paid, a claim security analysts greeted with
scepticism. "Not a single kobo was paid to anyone," he told reporters. The governor has pursued
an amnesty policy that offers the gunmen cattle and cash in exchange for their weapons, an
approach the federal government has criticised.

Zamfara and neighbouring Katsina have been at the centre of a wave of kidnappings for ransom by
armed gangs known locally as bandits. In {{December}}, [[344 boys|kidnapped]] were taken from a
secondary school in Kankara, in Katsina, and released {{six days}} later, and last week [[42
people|kidnapped]], among them [[27 students|kidnapped]], were seized from a school in Kagara in
Niger state. Amnesty International says [[more than 1,000 students|kidnapped;a=Amnesty
International]] have been abducted from schools in the north since Islamist militants seized
[[276 girls|kidnapped;a=Amnesty International]] from Chibok in {{2014}}, and that [[about
100|missing;a=Amnesty International]] of the Chibok girls are still missing.

The gangs have also driven rural communities from their land. The UN refugee agency estimates
that [[more than 77,000 people|displaced;a=The UN refugee agency]] have fled their homes in
Zamfara, and that [[11,320 Nigerians|displaced;a=The UN refugee agency]] have crossed into Niger's
Maradi region since {{April 2019}}. Girls' enrolment in secondary school in the state stands at
{{under 30%}}, according to UNICEF, and teachers fear the attack will push it lower still.

The state government on Friday ordered the closure of [[10 boarding schools|other]] in areas it
considers at risk, and the defence ministry said it would send [[a further 1,000
troops|combatants;p;a=the defence ministry]] to the northwest this month.

Security experts say the gangs, which grew out of disputes between herders and farmers over grazing
land and water, have become a lucrative criminal industry in which ransoms for schoolchildren fetch
far more than those for villagers. They operate from camps in the Rugu, Kamuku and Kuyambana
forests, which straddle several states and are hard for the army to reach in the rainy season.
Nigeria's air force has bombed some of the camps, but residents say the strikes have often been
followed by reprisals against villages. "Every time the planes come, the bandits come back to
punish us," said a farmer from Maru district who asked not to be named. President Muhammadu Buhari,
a former army general elected in {{2015}} on a promise to restore security, has faced growing
criticism over the kidnappings. Parents in Jangebe said they would not send their daughters back to
school until soldiers were stationed there permanently.
""",
)

item(
    "Hundreds killed as RSF overruns Zamzam famine camp; up to 450,000 flee toward Tawila",
    """
PORT SUDAN (AP) - The paramilitary Rapid Support Forces have seized the Zamzam displacement camp in
Sudan's North Darfur after a {{three-day}} assault that killed [[more than 400 people|killed;a=the
United Nations]], the United Nations said on Monday, citing local sources, and sent a tide of
survivors walking across the desert toward the town of Tawila. The International Organization for
Migration said [[between 400,000 and 450,000 people|displaced;a=The International Organization for
Migration]] had fled the camp since the attack began on {{April 11}}, most of them on foot and
with little more than what they could carry.

Zamzam, which had sheltered [[an estimated 500,000 people|displaced]] before the assault, was the
first place in Sudan where famine was formally confirmed, in {{August 2024}}. Relief International
said [[nine of its staff|killed;a=Relief International]] were killed at the health post it ran
inside the camp, among them a doctor and several drivers. The Emergency Response Rooms, a network
of local volunteers, put the toll higher, saying its members had buried [[at least 487
people|killed;a=The Emergency Response Rooms]] by Sunday, including [[83 children|killed;a=The
Emergency Response Rooms]].

The RSF denied targeting civilians. In a statement posted on Telegram, it said its fighters had
"liberated" the camp from army-allied militias and had escorted [[thousands of
families|displaced;a=The RSF]] to safety.

Tawila, about {{60 km}} to the west, was already hosting [[more than 180,000
people|displaced]] before the attack. Médecins Sans Frontières said its teams there had treated
[[more than 150 people|injured;a=Médecins Sans Frontières]] for gunshot and shrapnel wounds in
{{48 hours}}, and that [[at least 17 children|killed;a=Médecins Sans Frontières]] had died of
dehydration on the road. "People arrive with nothing, not even shoes, and there is almost no
water to give them," an MSF coordinator in Tawila told the AP by satellite phone. The World Food
Programme said it was preparing to dispatch [[25 trucks|aid;p;a=The World Food Programme]] of food
from Kabkabiya but that the road had become too dangerous to use at night.

The war between the army and the RSF, which began in {{April 2023}}, has killed [[tens of
thousands of people|killed;a=UN figures]] and uprooted [[more than 12 million|displaced;a=UN
figures]], according to UN figures, making it the world's largest displacement crisis. The fall
of Zamzam leaves El Fasher, about {{15 km}} to the north, as the army's last foothold in Darfur,
where [[some 300,000 civilians|civilians]] remain trapped by a siege now in its {{second year}}.
A UN appeal for Sudan of {{$4.2 billion}} is {{less than 10%}} funded.

Satellite images analysed by Yale University's Humanitarian Research Lab showed fires burning in
the camp's central market and along its eastern edge on {{April 12}} and {{13}}, and what the lab
described as clusters of objects consistent with bodies near the main mosque. The lab said the
damage was concentrated in the oldest part of the camp, which was set up in {{2004}} during an
earlier war in Darfur. Residents who reached Tawila said the attackers had looted the market,
burned the clinic and searched families for money and phones before letting them leave. "The horrors in Zamzam must
end," UN Secretary-General António Guterres said in a statement, calling on both sides to let aid
through.
""",
)

item(
    "Refugees pour into Chad as killings in West Darfur's capital spread",
    """
ADRÉ, Chad - [[More than 6,000 people|displaced;a=Médecins Sans Frontières]] crossed from Sudan
into eastern Chad in a single day this week, Médecins Sans Frontières said on Friday, as
survivors described militiamen going house to house in El Geneina, the capital of West Darfur.
The charity said its surgical team in Adré had received [[622 wounded people|injured;a=The
charity;alt=Médecins Sans Frontières]] in {{three days}}, {{more than half of them}} with gunshot
wounds. Many of the wounded said they had been shot as they fled along the {{27-km}} road between
El Geneina and the border.

The influx has more than doubled the population of Adré, a town of [[about 40,000
people|civilians]] where families now sleep under trees and in the dry riverbed. UNHCR, the UN
refugee agency, said [[more than 149,000 Sudanese|displaced;a=UNHCR]] had sought refuge in Chad
since fighting began in {{mid-April}}, adding to [[some 400,000|displaced;a=UNHCR]] who fled
earlier waves of violence in Darfur and still live in camps in the east. The agency said it was
moving new arrivals away from the border to a camp designed for [[50,000 people|capacity;a=The
agency;alt=UNHCR]], but that rains due in {{July}} would soon cut the sandy tracks.

In El Geneina, the Darfur Bar Association, a Sudanese rights group, said [[at least 1,100
people|killed;a=the Darfur Bar Association]] had been killed in the city since {{April 24}},
among them the state governor, Khamis Abakar, who was seized and killed hours after accusing the
RSF of genocide in a television interview. Survivors said the attackers, mostly Arab militiamen
allied to the RSF, rode in [[dozens of pickup trucks|other;a=Survivors]] mounted with machine
guns. The RSF has denied any role in the killings and blamed a "tribal conflict".

Halime Adam, {{35}}, said she had walked through the night with her [[six
children|displaced;a=Halime Adam]] after gunmen shot her husband at their door. "They asked only
which tribe we were from," she said. Chadian authorities said [[more than 900 unaccompanied
children|displaced;a=Chadian authorities]] had been registered at Adré since May.

A UN panel of experts later put the number of dead in El Geneina in {{2023}} at [[between 10,000
and 15,000|killed;a=A UN panel of experts]], a figure the RSF rejected. The World Food Programme
has warned that it has food for the arrivals for only {{another month}}, and the UN's {{$2.6
billion}} appeal for Sudan had drawn {{less than a fifth}} of the money sought by the end of June.
""",
)

item(
    "Congo militia kills at least 60 in night attack on Ituri displacement camp",
    """
BUNIA, Democratic Republic of Congo (Reuters) - Militiamen armed with machetes and guns attacked a
camp for displaced people in Congo's northeastern Ituri province overnight, killing [[at least 60
people|killed;a=local officials and aid workers]], local officials and aid workers said on
Wednesday. The attack on the Plaine Savo site, in Djugu territory, began shortly before {{2am}},
when fighters from the CODECO militia entered the camp from several sides, residents said.

Dieudonné Lossa, a civil society leader in Djugu, said the bodies of [[63 people|killed;a=Dieudonné
Lossa]] had been collected by mid-morning, including [[22 children|killed;a=Dieudonné Lossa]].
"They cut people with machetes in their shelters while they slept," he said by telephone. The Red
Cross said [[41 wounded|injured;a=The Red Cross]] had been taken to the general hospital in
Bunia, about {{60 km}} away.

MONUSCO, the UN peacekeeping mission, said its troops, based less than {{2 km}} from the camp, had
driven the attackers off, and that a patrol had found [[two more bodies|killed;a=MONUSCO]] in the
bush nearby. Residents accused the peacekeepers of arriving too late. Plaine Savo was home to
[[about 24,000 displaced people|displaced;a=OCHA]], according to OCHA, the UN humanitarian office.
The camp's manager said [[about 1,200 families|displaced;a=The camp's manager]] had fled again
after the attack, toward the town of Bule.

It was the deadliest attack on a displacement site in Ituri since {{November 2021}}, when an
assault on a camp at Drodro killed [[at least 44 people|killed]]. The conflict in Djugu, rooted in
decades-old disputes over land between Lendu farmers and Hema herders, has killed [[thousands of
people|killed;a=the United Nations]] since {{2017}} and uprooted [[more than 1.5
million|displaced;a=the United Nations]] across the province, according to the United Nations.
CODECO, a loose association of Lendu militias, says it defends its community against the Hema and
the army.

Congo's government placed Ituri and North Kivu under a "state of siege" in {{May 2021}}, replacing
civilian governors with military officers, but violence has continued. The army said it had
arrested [[12 suspected militiamen|arrested;a=The army]] in villages near the camp. UNICEF said it
was distributing [[2,000 emergency kits|aid;a=UNICEF]] of cooking pots, blankets and jerrycans to
families who fled. The UN's {{$1.9 billion}} appeal for Congo this year is {{12%}} funded.
""",
)

item(
    "Burkina Faso: toll of Barsalogho massacre disputed as families bury their dead",
    """
OUAGADOUGOU (AFP) - [[At least 400 people|killed;a=a UN security assessment]] were killed
when jihadists attacked soldiers and villagers digging defensive trenches around the town of
Barsalogho in north-central Burkina Faso on Saturday, according to a UN security assessment seen
by AFP. JNIM, al-Qaeda's affiliate in the Sahel, said in a claim of responsibility that its
fighters had killed [[about 300 members|killed;a=JNIM]] of the army and of the VDP, the civilian
auxiliaries who fight alongside it.

A collective of victims' relatives said it had drawn up a list of [[more than 600
dead|killed;a=A collective of victims' relatives]], most of them men from the town and
surrounding villages who had been ordered by the army to help dig the trench. The government,
which has suspended several foreign media outlets, has not published a toll. Security Minister
Mahamadou Sana said on state television that "many" had died and that [[about 140
wounded|injured;a=Security Minister Mahamadou Sana]] were being treated in Kaya and in the
capital.

A survivor told AFP that the attackers arrived on motorbikes at around {{10am}} and fired into the
trench from both ends. "I saw [[dozens of bodies|killed;a=A survivor]] lying in the ditch," he
said, asking not to be named for fear of reprisals. Residents said the trench was meant to run
for about {{3 km}} around the town, which has been under jihadist pressure for {{two years}}.

Barsalogho, home to [[around 70,000 people|civilians]], many of them displaced from surrounding
villages, lies about {{40 km}} north of Kaya. It was the deadliest single attack in Burkina Faso
since {{June 2021}}, when gunmen killed [[at least 160 people|killed]] in the village of Solhan.

Humanitarian groups estimate that [[more than 2 million people|displaced;a=Humanitarian groups]]
have fled their homes since jihadist violence spilled over from Mali in {{2015}}. According to the
Norwegian Refugee Council, [[nearly 1 million people|civilians;a=the Norwegian Refugee Council]]
live in [[36 towns|other;a=the Norwegian Refugee Council]] under blockade by armed groups. Captain
Ibrahim Traoré, who seized power in {{September 2022}} promising to win the war, launched a drive
that year to recruit [[50,000 civilian volunteers|combatants;p]] for the VDP. Analysts estimate
that jihadists control {{about 40%}} of the country's territory.

Human Rights Watch said the army's practice of putting civilians to work on front-line defences
exposed them to reprisals and should stop. The government later described the attack as "a trap"
and said those responsible would be hunted down. Burkina Faso, Mali and Niger, all run by military
governments, formed the Alliance of Sahel States in {{September 2023}} and announced in {{January}}
that they would leave the West African bloc ECOWAS.
""",
)
