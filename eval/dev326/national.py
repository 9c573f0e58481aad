"""dev326 items: the national tallies (Indepaz, the JEP, OCHA, the UN mission, the ICRC, the
Defence Ministry, UNODC) and the news written from them."""

from _wrap import item

item(
    "Indepaz: 186 social leaders and 38 peace signatories killed in 2024",
    """
Indepaz said on Wednesday that [[186 social leaders|killed;a=Indepaz]] and [[38 peace-deal
signatories|killed;a=Indepaz]] were killed in Colombia in {{2024}}. It also counted [[76
massacres|other;u=other;a=Indepaz]], with [[267 victims|killed;a=Indepaz]]. Since the peace
agreement was signed in {{November 2016}}, [[more than 1,600 leaders|killed;a=the
group;alt=Indepaz]] and [[433 former combatants|killed;a=the group;alt=Indepaz]] have been
killed, the group said. Cauca, Antioquia and Valle del Cauca accounted for {{nearly half}} of the
killings. The government's figures are lower: the Ombudsman's office recorded [[181
killings|killed;a=the Ombudsman's office]] of leaders in {{2024}}.
""",
)

item(
    "JEP charges 11 former soldiers over 'false positives' in Catatumbo",
    """
The Special Jurisdiction for Peace (JEP) on Thursday charged [[11 former soldiers|other]] with war
crimes and crimes against humanity over the killing of [[120 civilians|killed]] in Catatumbo
between {{2007 and 2008}}, who were presented as guerrillas killed in combat. The court has
established that [[at least 6,402 people|killed;a=The court;alt=The Special Jurisdiction for
Peace]] were killed this way nationwide between {{2002 and 2008}}. Of the [[more than 3,500
soldiers|other;a=the court;alt=The Special Jurisdiction for Peace]] who have submitted to the JEP
in the case, [[about 200|other;a=the court;alt=The Special Jurisdiction for Peace]] have admitted
responsibility, the court said. Relatives' groups say [[at least 1,200 victims|missing;a=Relatives'
groups]] of the practice are still missing. The JEP said its forensic teams had recovered [[57
bodies|killed;a=The JEP]] from the cemetery in Ocaña.
""",
)

item(
    "Colombia's coca crop hits a record, UN says",
    """
Coca cultivation in Colombia rose {{10%}} to a record {{253,000 hectares}} in {{2023}}, the UN
Office on Drugs and Crime said on Friday, and potential cocaine production rose to [[2,664
tonnes|other;a=the UN Office on Drugs and Crime]]. The police said they had seized [[a record 889
tonnes|other;a=The police]] of cocaine in {{2024}} and arrested [[more than 2,100 people|arrested;a=The
police]] for trafficking. The Defence Ministry said [[12 eradicators|killed;a=The Defence
Ministry]] and [[eight police officers|killed;a=The Defence Ministry]] had been killed guarding
eradication teams since {{2020}}. Nariño, Putumayo and Norte de Santander hold {{65%}} of the
crop. The National Comprehensive Substitution Programme says it has enrolled [[about 99,000
families|aid;a=The National Comprehensive Substitution Programme]].
""",
)

item(
    "Kidnappings in Colombia at highest level in a decade",
    """
[[Between 250 and 300 people|kidnapped;a=Defence Ministry data]] were kidnapped in Colombia in
{{2024}}, Defence Ministry data show, up {{20%}} on the year before. [[At least 70 of
them|kidnapped;n=-;a=the ministry;alt=Defence Ministry]] are still being held, the ministry said.
The ELN was blamed for {{40%}} of the cases and dissident groups for {{25%}}. Gaula, the police and
army anti-kidnapping units, said they had rescued [[117 hostages|kidnapped;a=Gaula]] and arrested
[[386 people|arrested;a=Gaula]]. The Fundación País Libre estimates that [[37,000
people|kidnapped;a=The Fundación País Libre]] were kidnapped in Colombia between {{1970 and
2010}}. [[Two hostages|killed]] died in captivity last year.
""",
)

item(
    "Security forces' deaths up sharply in 2025, ministry says",
    """
[[At least 140 soldiers and police officers|killed;n=soldiers and police officers;a=the Defence
Ministry]] were killed in {{2025}}, the most since {{2012}}, the Defence Ministry said. [[Another
1,020|injured;a=the ministry;alt=the Defence Ministry]] were wounded, the ministry said, [[more
than 300 of them|injured;n=-;a=the ministry;alt=the Defence Ministry]] by drones or explosives.
Armed groups now have [[about 22,000 members|combatants;a=military intelligence]], according to
military intelligence, up from [[15,000|combatants;a=military intelligence]] in {{2022}}. The army
has [[some 220,000 soldiers|combatants]].
""",
)

item(
    "Displacement and confinement rise for a third year, OCHA says",
    """
[[More than 168,000 people|displaced;a=OCHA]] were forcibly displaced in Colombia in {{2025}},
OCHA said in its annual humanitarian overview, [[about 81,000|displaced;a=OCHA]] of them in mass
displacements of {{50 people or more}}. The office said [[some 104,000 people|civilians;a=The
office;alt=OCHA]] lived under confinement for part of the year, most of them in Chocó, Nariño and
Cauca. [[About 12,000|returned]] went home during the year. The Victims' Unit says [[more than 9
million people|displaced;a=The Victims' Unit]] have been displaced since {{1985}}. OCHA's appeal
for {{2026}} seeks {{$340 million}} to help [[1.6 million people|aid;p;a=OCHA's appeal]]. [[About
9.1m people|civilians;a=the office;alt=OCHA]] need humanitarian help, the office estimates.
""",
)

item(
    "JEP: FARC kidnapped more than 21,000 people",
    """
The JEP said in its {{first}} ruling on the case that the FARC kidnapped [[21,396 people|kidnapped;a=The
JEP]] between {{1990 and 2016}}. [[Seven members|other]] of the former FARC secretariat, including
Rodrigo Londoño, were sentenced to {{eight years}} of restorative work. The court found that [[at
least 522|killed;a=The court;alt=The JEP]] of the hostages had died in captivity and that the fate
of [[about 1,000 more|missing;n=-;a=The court;alt=The JEP]] was still unknown. [[About 2,500
victims|other]] took part in the hearings. [[About 13,600 former combatants|combatants]] signed up
to the reintegration process after {{2016}}.
""",
)

item(
    "Total peace: the law, the money and the polls",
    """
The "total peace" policy rests on Law {{2272}} of {{2022}}, which lets the government negotiate
with armed groups and with criminal gangs. The government says it has spent about {{$1.1 billion}}
on the talks and on programmes in the regions since {{August 2022}}. In an Invamer poll in
{{October 2025}}, {{61%}} of those asked said the policy had failed, and {{23%}} backed it.
Congress will be elected on {{March 8, 2026}}, and the first round of the presidential election
is on {{May 31}}.
""",
)

item(
    "Military service rules change for young men",
    """
Under Law {{1861}} of {{2017}}, compulsory military service lasts {{18 months}} for men {{aged 18 to
24}}, or {{12 months}} for those who finished secondary school. The defence ministry said in
{{2025}} that conscripts would be paid the full minimum wage of {{1.4 million pesos}} a month
from {{January 2026}}. Men who do not serve pay a fee of up to {{60%}} of a month's wages to obtain
their military card.
""",
)

item(
    "UN mission: 11 signatories killed in the quarter",
    """
The UN Secretary-General said in his quarterly report to the Security Council that [[11 former FARC
combatants|killed;a=The UN Secretary-General]] were killed between {{June 27 and September 26}},
bringing the total since the {{2016}} agreement to [[453|killed;a=The UN Secretary-General]]. The
mission verified [[39 killings|killed;u=person;a=The mission]] of social leaders in the same
period. [[About 11,000 ex-combatants|combatants;a=the report]] remain in the reintegration
process, the report said, and [[some 2,400|combatants;a=the report]] still live in [[24 former
territorial areas|other;u=other;a=the report]]. [[Three areas|other;u=other]] had to be moved in
{{2024}} because of threats.
""",
)

item(
    "Landmine victims double in two years, government says",
    """
The peace commissioner's office said [[at least 120 people|injured;a=The peace commissioner's
office]] were injured and [[28|killed;a=The peace commissioner's office]] killed by anti-personnel
mines and explosive devices in {{2025}}, twice as many as in {{2023}}. The army's demining
engineers cleared [[more than 1,700 devices|other]]. Humanity & Inclusion says [[some 62
municipalities|other;u=other;a=Humanity & Inclusion]] have suspected contamination. The ICRC said
[[23 children|injured;a=The ICRC]] were among the injured. [[Two civilian deminers|killed]] died in
Antioquia in {{March}}.
""",
)

item(
    "Police seize 14 tonnes of cocaine on a banana farm near Turbo",
    """
Police said they had seized [[14 tonnes|other;a=Police]] of cocaine belonging to the Clan del Golfo
on a banana farm near Turbo, Antioquia, the largest single seizure this year. [[Nine
people|arrested]] were arrested, [[two of them|arrested;n=-]] soldiers. President Gustavo Petro
said the cargo was worth {{$500 million}} in Europe. The navy said it had intercepted [[27
semi-submersibles|other;u=other;a=The navy]] so far in {{2025}}. [[A further 3.2
tonnes|other;a=the prosecutor's office]] were found in [[four containers|other;a=the prosecutor's
office]] at the port of Santa Marta on Tuesday, the prosecutor's office said.
""",
)

item(
    "ICRC: Colombia has eight armed conflicts, and more people are missing",
    """
The ICRC said Colombia was going through [[eight non-international armed conflicts|other;u=other;a=The
ICRC]] in {{2024}}, the same as a year earlier. It registered [[252 new cases|missing;u=person;a=The
ICRC]] of people who went missing during the year. Mass displacements affected [[58,000
people|displaced;a=the organisation;alt=The ICRC]], while [[about 87,000|civilians;a=the
organisation;alt=The ICRC]] lived under confinement, the organisation said. The ICRC facilitated
the release of [[39 people|kidnapped]] held by armed groups. Its delegates visited [[some 26,000
detainees|arrested]] in prisons and police stations.
""",
)

item(
    "Comuneros del Sur hand over weapons in Nariño",
    """
The Comuneros del Sur, a splinter of the ELN in Nariño, handed [[48 rifles|other;a=the peace
commissioner's office]] and [[some 700 kilograms|other;a=the peace commissioner's office]] of
explosives to a UN team in Samaniego on Saturday, the peace commissioner's office said. The group
has [[no more than 200 fighters|combatants;a=the government]], according to the government. [[Forty-five
members|combatants;p;a=the office;alt=the peace commissioner's office]] will move to a transitional
zone in {{January}}, the office said. [[Thirteen minors|other]] have been handed to the ICBF. The
group also freed [[two hostages|kidnapped]] in {{March}}.
""",
)

item(
    "Air strike kills 19 dissidents in Guaviare; minors among the dead",
    """
An air force strike on a camp of Iván Mordisco's dissidents in rural Calamar, Guaviare, killed [[19
fighters|killed;a=Defence Minister Pedro Sánchez]], Defence Minister Pedro Sánchez said on Tuesday.
Forensic authorities later said [[seven of the dead|killed;a=Forensic authorities]] were minors.
The army said [[120-150 fighters|combatants;a=The army]] had been at the camp and that [[three
soldiers|injured;a=The army]] were hurt in the ground operation that followed. Petro, who had
suspended bombings in {{2022}}, defended the strike, saying the group had recruited [[hundreds of
children|combatants;a=Petro]]. UNICEF said [[at least 15 children|killed;a=UNICEF]] had died in
military operations against armed groups in {{2025}}. Troops captured [[six other
fighters|arrested]].
""",
)

item(
    "Remains found at La Escombrera as search for the disappeared widens",
    """
The Search Unit for Persons Deemed Missing said on Friday that it had recovered the remains of [[six
people|killed;a=The Search Unit for Persons Deemed Missing]] at La Escombrera, a dump above
Medellín's {{Comuna 13}}. Relatives believe [[hundreds of people|missing;a=Relatives]] were buried
there after a military operation in {{2002}}. The unit estimates that [[111,640
people|missing;a=The unit;alt=The Search Unit for Persons Deemed Missing]] went missing during the
armed conflict. It has recovered [[over 2,000 bodies|killed;a=The Search Unit for Persons Deemed
Missing]] since {{2018}}. The JEP has ordered protective measures for [[17 sites|other]] where
bodies may be buried. A team of [[30 forensic experts|other]] works at La Escombrera.
""",
)
