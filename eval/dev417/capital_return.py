"""Khartoum after the army's return, 2025-2026: the Republican Palace and the airport retaken,
detention sites opened, mass graves exhumed, people coming back from Egypt and the states, the
houses they found, unexploded ordnance, cholera and dengue, and the needs of 2026."""

from _wrap import item

item(
    "Sudan's army retakes the Republican Palace in Khartoum",
    """
Sudan's army recaptured the Republican Palace in central Khartoum on {{21 March 2025}}, nearly
{{two years}} after the Rapid Support Forces seized it in the {{first days}} of the war. Nabil
Abdallah, the army spokesman, said troops had killed
[[hundreds of RSF fighters|killed;a=Nabil Abdallah]] in the surrounding streets and seized
[[dozens of combat vehicles|other;a=Nabil Abdallah]]. He said
[[more than 40 RSF fighters|arrested;a=Nabil Abdallah]] had surrendered. Hours later an RSF
drone struck the palace grounds, killing [[three journalists|killed;a=state television]] and
[[two officers|killed;a=state television]] who had accompanied them, state television said.
Military sources estimated that [[about 3,500 RSF fighters|combatants;a=Military sources]] were
still holding parts of the city centre and the Al-Souq Al-Arabi market area. In nearby Al-Amarat,
residents said [[about 2,000 civilians|civilians;a=residents]] had lived through the fighting in
their homes. The RSF said it had killed [[89 soldiers|killed;a=The RSF]] in the battle and
vowed to fight on.
""",
)

item(
    "Thousands of detainees freed from RSF prison at Soba",
    """
Soldiers who entered a Rapid Support Forces prison at Soba, on the south-eastern edge of
Khartoum, on {{28 March 2025}} found [[about 3,400 detainees|arrested;a=the army]], many of them
emaciated, the army said. Medics said [[at least 400|injured;a=Medics]] needed urgent treatment
for hunger, untreated wounds and disease. Freed prisoners said
[[dozens of detainees|killed;a=Freed prisoners]] had died in the weeks before the army arrived
and were buried in the prison yard. Among the freed were [[126 women|arrested]] and
[[32 children|arrested]]. Emergency Lawyers said it had documented
[[more than 50 detention sites|other;a=Emergency Lawyers]] run by the RSF in the capital. The
Missing Persons Initiative said [[about 2,400 people|missing;a=The Missing Persons Initiative]]
on its lists were still unaccounted for after the release. "My son was taken from our street in
{{2023}} and I still do not know if he is alive," said Zainab Osman, {{61}}, who searched the
lists at the gate.
""",
)

item(
    "Prosecutor says hundreds of bodies exhumed from Khartoum mass graves",
    """
Authorities in Khartoum state have found [[more than 60 mass graves|other;u=other;a=the state's public prosecutor]]
in areas retaken from the Rapid Support Forces, the state's public prosecutor said on
{{6 May 2025}}. In the largest, in a school compound in Al-Kalakla, forensic teams exhumed
[[465 bodies|killed]], many with their hands bound. The prosecutor said
[[about 1,200 bodies|killed;a=The prosecutor]] had been exhumed so far, and that only
[[some 300|killed;a=The prosecutor]] had been identified. [[Fourteen forensic teams|other;u=other]]
are working across the state, and families have given
[[800 DNA samples|other;u=other;a=officials]] to help identify the dead, officials said. The
prosecutor expects [[thousands more bodies|killed;p;a=The prosecutor]] to be found as teams reach
Jabal Awliya and Salha. The Sudan Doctors Network said most of the dead appeared to be civilians
who had died in RSF detention. The RSF did not respond to a request for comment.
""",
)

item(
    "More than a million people have returned to Khartoum, IOM says",
    """
[[More than 1 million people|returned;a=the International Organization for Migration]] have gone
back to Khartoum state since the army retook the capital in March, the International
Organization for Migration said on {{9 October 2025}}. The agency said returns had peaked at
[[between 2,000 and 3,000 people a day|returned;a=The agency;alt=the International Organization for Migration]]
in July. Omdurman received the most,
[[about 560,000|returned;a=the agency;alt=the International Organization for Migration]], the
agency said, ahead of Bahri and Khartoum proper. Returnees are living in
[[some 185,000 households|returned]]. [[About 310,000|returned]] of those who came back had been
refugees in Egypt. IOM said [[2.3 million people|displaced;a=IOM]] from Khartoum were still
displaced elsewhere in Sudan or abroad, and it expects
[[up to 1.5 million more|returned;p;n=-;a=IOM]] to return by mid-{{2026}}.
""",
)

item(
    "Free trains carry Sudanese home from Cairo",
    """
Egypt's national railway is running free trains from Cairo to Aswan for Sudanese refugees going
home, each carrying [[about 1,000 passengers|returned;a=the railway authority]], the railway
authority said. From Aswan, [[15 to 20 buses a day|other]] take them across the Argeen crossing
to Wadi Halfa. The Sudanese embassy in Cairo said
[[more than 400,000 Sudanese|returned;a=The Sudanese embassy in Cairo]] had left Egypt for home
since January, most of them for Khartoum and Gezira. [[Some 3,000 people a week|returned;p]]
are registering for the return trains. UNHCR said
[[1.5 million Sudanese refugees|displaced;a=UNHCR]] remained in Egypt. Mohamed Awad, {{49}}, waited with
[[six relatives|returned;p]] at Ramses station on {{14 July 2025}} for the night train south. "My
flat in Bahri has no doors and no windows, but it is my flat," he said.
""",
)

item(
    "Returning families find Khartoum homes looted or in ruins",
    """
A satellite and ground assessment by UN-Habitat found
[[about 63,000 homes|housing;a=UN-Habitat]] in Khartoum state damaged and
[[11,000|housing;u=structure;a=UN-Habitat]] destroyed, with Bahri the worst hit. Almost every house in some
districts was looted, the agency said. In Bahri,
[[200-250 families|returned;a=local committees]] are coming back each day, local committees
said, but [[some 4,000 families|displaced;a=local committees]] whose homes were destroyed are
living in [[22 schools|capacity;a=local committees]], the committees said. The Norwegian Refugee
Council said it had distributed [[1,800 shelter kits|aid;a=The Norwegian Refugee Council]]. The
Khartoum state government said it planned to repair
[[5,000 homes|housing;p;a=The Khartoum state government]] before the rains next year, at a
cost of {{$30 million}}.
""",
)

item(
    "Cholera surges in Khartoum after drone strikes cut water",
    """
Cholera cases in Khartoum state have surged since drone strikes knocked out power to the city's
water stations, forcing residents to drink from the Nile, health officials said. The health
ministry said it was recording [[about 1,000 cases a day|other;a=The health ministry]] at the
end of {{May 2025}}. The World Health Organization said
[[more than 7,700 cases|other;a=The World Health Organization]] and
[[185 deaths|killed;a=The World Health Organization]] had been reported in the state since
January. Medecins Sans Frontieres said its treatment centre in Bashair hospital had admitted
[[900 patients|other;a=Medecins Sans Frontieres]] in {{two weeks}}. The ministry has opened
[[17 treatment centres|other;a=The ministry;alt=The health ministry]] with
[[about 600 beds|capacity;a=The ministry;alt=The health ministry]]. UNICEF said
[[1 million children|civilians;a=UNICEF]] were at risk in the capital.
""",
)

item(
    "Khartoum begins mass cholera vaccination",
    """
Health authorities in Khartoum launched a cholera vaccination campaign on {{10 June 2025}},
aiming to reach [[2.6 million people|aid;p;a=Health authorities in Khartoum]] in
{{10 days}}. The World Health Organization said it had delivered
[[2.6 million doses|aid;a=The World Health Organization]] of oral vaccine and that
[[1,200 vaccinators|other;a=The World Health Organization]] had been deployed. On the {{first day}},
[[about 260,000 people|aid;a=the health ministry]] were vaccinated, the health ministry said.
Gavi said [[a further 1.4 million doses|aid;p;a=Gavi]] would arrive in July. The ministry said
new cases had fallen to [[fewer than 100 a day|other;u=other;a=The ministry;alt=the health ministry]]
by mid-June, down from
[[more than a thousand|other;u=other;a=The ministry;alt=the health ministry]] in May. The campaign excludes children under
{{one year}} old.
""",
)

item(
    "Dengue outbreak spreads in Khartoum as returnees crowd the city",
    """
A dengue fever outbreak is spreading across Khartoum as people return to neighbourhoods where
stagnant water has collected in shell craters and abandoned homes. The Khartoum state health
ministry said on {{22 October 2025}} it had recorded
[[more than 3,500 dengue cases|other;a=The Khartoum state health ministry]] and
[[48 deaths|killed;a=The Khartoum state health ministry]] since {{August}}. A doctor at Ibrahim
Malik hospital said [[between 10 and 15 patients|killed;a=A doctor at Ibrahim Malik hospital]]
were dying each week there. The ministry said it had sent
[[about 300 fogging teams|other;u=other;a=The ministry;alt=The Khartoum state health ministry]]
into the streets, and UNICEF said it was distributing
[[120,000 mosquito nets|aid;u=other;a=UNICEF]]. The Sudan Doctors Network warned that cases could
reach [[10,000|other;p;u=other;a=The Sudan Doctors Network]] by the end of {{November}}.
""",
)

item(
    "Unexploded shells kill returnees in Khartoum",
    """
Mine action teams have cleared [[more than 4,000 explosive items|other;a=the UN Mine Action Service]]
from homes, streets and schools in Khartoum since March, the UN Mine Action Service said on
{{4 September 2025}}. The service said [[16 people|killed;a=The service;alt=the UN Mine Action Service]],
among them [[nine children|killed;a=The service;alt=the UN Mine Action Service]], had been
killed by unexploded ordnance in the state, and [[43|injured;a=The service;alt=the UN Mine Action Service]]
wounded. [[Twenty-seven clearance teams|other;u=other]] are now working in the capital. Risk
education sessions have reached [[1,100 returnees|aid]] in Bahri alone. "Children find these
things and think they are toys," said Ahmed Kamal, a team leader. UNMAS hopes to survey
[[350 schools|other;p;a=UNMAS]] before they reopen.
""",
)

item(
    "Khartoum governor says Bahri is coming back to life",
    """
Ahmed Osman Hamza, the governor of Khartoum state, said on {{17 November 2025}} that
[[about 450,000 people|returned;a=Ahmed Osman Hamza]] had returned to Bahri and that
[[14 hospitals|other;a=Ahmed Osman Hamza]] had reopened there. He said
[[31 water stations|other;u=structure;a=Ahmed Osman Hamza]] were working again and that the state
would rebuild [[100 schools|housing;p;a=Ahmed Osman Hamza]] next year. Police said they had
deployed [[3,000 officers|combatants;a=Police]] in Bahri and arrested
[[more than 600 people|arrested;a=Police]] for looting and robbery since May. Residents said
[[dozens of families|returned;a=Residents]] were coming back to the Shambat district each week,
though power came on for only {{six hours}} a day.
""",
)

item(
    "Missing Persons Initiative says thousands still unaccounted for in Khartoum",
    """
The Missing Persons Initiative said on {{30 August 2025}} that
[[more than 6,000 people|missing;a=The Missing Persons Initiative]] reported missing in Khartoum
state since {{April 2023}} were still unaccounted for. The group said
[[about 1,900|killed;a=The group;alt=The Missing Persons Initiative]] had been identified among
the dead exhumed from graves in the capital and
[[some 2,700|arrested;a=The group;alt=The Missing Persons Initiative]] found in detention sites
since March. It said [[at least 250 women|missing;a=The Missing Persons Initiative]] remained
missing. A DNA laboratory opened in Omdurman has processed
[[1,300 samples|other;u=other;a=the Khartoum state prosecutor's office]] so far, the Khartoum
state prosecutor's office said. The initiative says [[some 90 children|missing;a=The initiative;alt=The Missing Persons Initiative]]
are among the missing. Relatives gather each Thursday at the laboratory's gate.
""",
)

item(
    "RSF drones hit Khartoum power stations as returnees flee again",
    """
Rapid Support Forces drones struck [[two power stations|other;u=structure;a=the army]] in
Khartoum North and Omdurman on {{10 September 2025}}, the army said, cutting power across the
capital just as returnees were settling back in. The local emergency response room said
[[seven people|killed;a=The local emergency response room]], including
[[three children|killed;a=The local emergency response room]], were killed and
[[about 25|injured;a=The local emergency response room]] wounded in Kafouri. The army said it had
shot down [[12 drones|other;a=The army]]. Residents said
[[hundreds of families|displaced;a=Residents]] who had only recently returned left again for
Shendi and Atbara. The electricity ministry said [[about 1.8 million people|civilians;a=The electricity ministry]]
were without power.
""",
)

item(
    "UN appeal for 2026 says Khartoum's returnees need shelter and water",
    """
The UN Office for the Coordination of Humanitarian Affairs said on {{15 December 2025}} that
[[30.4 million people|civilians;p;a=The UN Office for the Coordination of Humanitarian Affairs]]
would need aid in Sudan in {{2026}}, among them
[[about 3.1 million|civilians;p;a=The UN Office for the Coordination of Humanitarian Affairs]] in
Khartoum state. It is appealing for {{$4.2 billion}} to reach
[[20.9 million people|aid;p;a=The UN Office for the Coordination of Humanitarian Affairs]]. OCHA
expects [[2.5 to 3 million people|returned;p;a=OCHA]] to go back to Khartoum during the year,
and said [[1.3 million returnees|returned;a=OCHA]] already in the state needed help to repair
their homes. [[Some 9.6 million people|displaced]] remain displaced inside Sudan, among them
[[about 600,000|displaced]] who moved within Khartoum state itself.
""",
)

item(
    "Rebuilding Khartoum will cost billions, government says",
    """
Rebuilding Khartoum will cost at least {{$50 billion}}, Sudan's prime minister said on
{{3 August 2025}}, as the government prepared to move back from Port Sudan. About {{60 percent}}
of the capital's infrastructure was damaged in more than {{two years}} of fighting, according to
a World Bank estimate. The government hopes to restore power to the city within {{six months}}
and to reopen the airport before the end of {{2025}}. Cement prices have risen by
{{150 percent}} since {{March}}. "Khartoum was built over {{150 years}}; we will not rebuild it in
one," said the minister of infrastructure.
""",
)

item(
    "Explainer: why dengue and cholera follow the war into Khartoum",
    """
Cholera is caught from water or food contaminated with the bacterium Vibrio cholerae, and its
symptoms appear within {{12 hours}} to {{five days}}. Dengue is carried by the Aedes mosquito,
which breeds in standing water and bites mostly at dawn and dusk; symptoms follow {{four to 10 days}}
after a bite. Both spread faster when temperatures stay above {{25C}} and pumps stop working.
Sudan's last large cholera outbreak, in {{2017}}, lasted {{more than a year}}. Oral rehydration
treats up to {{80 percent}} of cholera patients, the World Health Organization says, and deaths
fall below {{1%}} with prompt care.
""",
)
