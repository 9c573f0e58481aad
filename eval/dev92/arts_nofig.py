"""dev92 articles with numbers but no figure (Afghanistan's food aid cuts, a war-crimes sentence
at the ICC, Libya's ceasefire a year on)."""

from _wrap import item

item(
    "WFP to cut emergency food aid in Afghanistan as $1 billion gap looms",
    """
KABUL (Reuters) - The World Food Programme said on Tuesday that a funding shortfall of {{$1
billion}} would force it to stop emergency food assistance for {{two-thirds}} of the Afghans it has
been supporting, starting in {{September}}, the second round of cuts this year. The agency had
already reduced rations to {{50%}} of a standard daily diet in {{May}}, and said that from next
month only families facing the most severe hunger would continue to receive help.

"We are being forced to choose between the hungry and the starving," WFP's country director said
in a statement. "Every dollar we do not receive means a meal that a child does not eat."

The UN's humanitarian appeal for Afghanistan for {{2023}}, set at {{$4.6 billion}} and later cut to
{{$3.2 billion}}, was {{23%}} funded at the end of {{August}}, according to the UN's financial
tracking service. Donor governments have scaled back their support since the Taliban barred Afghan
women from working for aid groups in {{December 2022}} and for the UN in {{April 2023}}, decisions
the world body has called unacceptable.

The cuts come as the country faces its {{third}} consecutive year of drought and an economic crisis
that began when foreign aid, which had financed {{about 75%}} of public spending, was frozen after
the Taliban seized power in {{August 2021}}. UNICEF said acute malnutrition among children {{under
the age of five}} had risen by {{about 20%}} since then, and that {{one in three}} Afghans did not
know where their next meal would come from.

In Kabul's markets, a {{50-kg}} sack of flour now costs {{about 3,000 afghanis}}, or {{$38}},
{{30%}} more than {{six months}} ago. Gul Bibi, a {{45-year-old}} widow who cleans houses in the
west of the city, said the monthly WFP ration had been her family's only reliable food since her
husband was killed in a bombing in {{2019}}. "After September, I do not know what we will eat,"
she said.

WFP's operation in Afghanistan costs {{about $80 million}} a month at its current scale, the
agency said. It warned that the cuts would fall hardest in the {{winter months}}, when
temperatures in the central highlands drop below {{minus 20C}} and roads to many districts are
closed by snow for {{up to four months}}.

Aid officials also fear a new burden from the west and east. Iran and Pakistan have both stepped
up deportations of undocumented Afghans, and Pakistan has set a {{November 1}} deadline for them
to leave. "We are asked to do more with less every quarter," a senior UN official in Kabul said,
speaking on condition of anonymity because he was not authorised to talk to the media.
""",
)

item(
    "ICC sentences former LRA commander Ongwen to 25 years",
    """
THE HAGUE (Reuters) - The International Criminal Court on Thursday sentenced Dominic Ongwen, a
former commander of Uganda's Lord's Resistance Army, to {{25 years}} in prison for war crimes and
crimes against humanity committed in northern Uganda in the {{early 2000s}}. Ongwen was convicted in
{{February}} of murder, rape, torture, forced marriage and the conscription of child soldiers, in
the first case at the court to deal with a defendant who was himself a victim of the crimes he was
tried for.

Ongwen was abducted by the LRA on his way to school when he was {{about nine}} and rose through its
ranks to become a brigade commander. Presiding Judge Bertram Schmitt said the court had taken his
childhood into account, but that it did not excuse crimes he committed as an adult, between {{July
2002}} and {{December 2005}}. "He chose to commit these crimes," the judge said.

Prosecutors had asked for a sentence of {{20 years}}, while the defence had asked for {{no more than
10 years}}, arguing that Ongwen still suffered from the trauma of his own abduction. The judges
said they had considered a life sentence, the maximum under {{Article 77}} of the Rome Statute,
but had decided against it because of his personal history. Ongwen, who is believed to be {{45}},
showed no emotion as the sentence was read.

He will be credited with the time he has spent in custody since {{January 2015}}, when he
surrendered in the Central African Republic, and could be considered for early release after
serving {{two-thirds}} of his sentence. His lawyers said they would appeal, and the prosecution
has {{30 days}} to decide whether to do the same.

The crimes included attacks on camps for displaced people at Pajule, Odek, Lukodi and Abok in
{{2003 and 2004}}, in which LRA fighters shot, burned and hacked residents to death and abducted
children to serve as fighters and "wives". In Lukodi, survivors gathered around a radio under a
mango tree to listen to the verdict. "{{Twenty-five years}} is not enough for what happened here,
but it is something," said a woman who lost her parents in the attack on the camp.

LRA leader Joseph Kony, for whom the court issued an arrest warrant in {{2005}}, remains at large,
believed to be hiding in the border region between Sudan, South Sudan and the Central African
Republic. Victims' lawyers said they would now press for reparations, and the court's Trust Fund
for Victims said it was ready to contribute {{about €3 million}} to any award. The court, set up
under the {{1998}} Rome Statute, has handed down only a handful of final convictions since it opened in
{{2002}}.
""",
)

item(
    "A year on, Libya's ceasefire holds but foreign forces stay",
    """
TRIPOLI (AFP) - A year after Libya's rival military camps signed a ceasefire in Geneva on {{October
23, 2020}}, the truce has largely held, but one of its central provisions, the departure of foreign
fighters and mercenaries within {{90 days}}, has still not been met. The UN envoy for Libya, Jan
Kubis, told the Security Council this month that the withdrawal should begin "without delay" and
be carried out "gradually and in a balanced way".

Meeting in the coastal city of Sirte, about {{450 km}} east of Tripoli, the {{5+5}} Joint Military
Commission, which brings together officers from the forces of eastern commander Khalifa Haftar and
those aligned with the government in Tripoli, agreed on {{October 8}} on an action plan for the
withdrawal. It gave no timetable. Diplomats say neither Turkey, which sent troops and Syrian
fighters to defend Tripoli in {{2020}}, nor Russia, whose Wagner mercenaries fought alongside
Haftar, has shown any sign of pulling out.

The ceasefire ended a {{14-month}} offensive on Tripoli by Haftar's forces that began in {{April
2019}} and collapsed in {{June 2020}}. Since then, the coastal road between Misrata and Sirte,
closed for {{more than two years}}, has reopened, and oil production, which fell to {{less than
100,000 barrels a day}} during an eastern blockade in {{2020}}, has recovered to {{about 1.2
million barrels a day}}, according to the National Oil Corporation.

A unity government led by Prime Minister Abdulhamid Dbeibah, a {{62-year-old}} businessman from
Misrata, took office in {{March}} with a mandate to lead the country to presidential and
parliamentary elections on {{December 24}}. But rival institutions have yet to agree on the legal
basis for the vote, and analysts say a delay is increasingly likely.

In {{Resolution 2570}}, adopted in {{April}}, the Security Council called on all member states to
respect the arms embargo imposed in {{2011}}, which a UN panel of experts has described as "totally
ineffective". Turkey's parliament voted in {{June}} to extend the mandate of its troops in Libya by
{{18 months}}.

Libya has been in turmoil since the NATO-backed uprising that toppled Muammar Gaddafi {{a decade
ago}}. The World Bank has estimated the cost of the conflict to the economy at {{more than $500
billion}} in lost output, and the central bank has yet to reunify after {{seven years}} of
division. "The guns are quiet, but nothing is solved," said a Tripoli shopkeeper.
""",
)
