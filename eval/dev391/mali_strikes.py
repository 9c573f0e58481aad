"""Items of dev391: drone strikes on weddings, markets and convoys, executions and
disappearances, the rights monitors' counts and the army's big losses of 2024-2025."""

from _wrap import item

item(
    "Drone strike on Amasrakad kills children, rebels say",
    """A drone strike on the village of Amasrakad in the Gao region on {{Sunday}} killed
    [[13 civilians|killed;a=the CSP]], among them [[seven children|killed;a=the CSP]],
    according to the CSP rebel alliance. The strike hit a gathering outside a shop where
    villagers were watching a football match, a local official said. He said
    [[nine people|injured;a=a local official]] were wounded, [[four|injured;a=a local
    official]] of them seriously, and that [[three houses|housing;a=a local official]] were
    destroyed. The army said on state television that it had "neutralised"
    [[a dozen terrorists|killed;a=The army]] in a strike on a logistics base in the area, and
    made no mention of civilians. [[About 40 families|displaced;a=relatives]] have since left
    Amasrakad for Anefis, relatives said. The youngest victim was {{18 months}} old.""",
)

item(
    "Rebels say drone strikes on Tinzaouaten hit pharmacy and market",
    """Drone strikes on Tinzaouaten on {{August 25, 2024}} killed
    [[at least 21 civilians|killed;a=the Permanent Strategic Framework]], including
    [[11 children|killed;a=the Permanent Strategic Framework]], the Permanent Strategic
    Framework said, a month after its fighters routed Wagner there. It said
    two strikes hit a pharmacy and a group of people waiting for
    fuel near the market, and that [[more than 20 people|injured;a=the Permanent
    Strategic Framework]] were wounded. The army said its strikes had destroyed
    several terrorist vehicles and killed [[dozens of fighters|killed;a=The army]]. Doctors in
    the town said [[14 wounded|injured;a=Doctors in the town]] had been taken across the border
    to Algeria. [[About 300 families|civilians]] remain in the town. Some
    [[2,000 residents|displaced;a=local sources]] fled to Algeria in the following days, local
    sources said.""",
)

item(
    "Drone hits wedding party in central Mali",
    """A drone struck a wedding party in the village of Ouro Hama, in the Mopti region, on
    {{Saturday}} evening, killing [[at least 30 people|killed;a=residents]], residents said.
    Among the dead were the groom, [[14 women|killed;a=residents]] and
    [[eight children|killed;a=residents]], they said. About
    [[200 guests|civilians;a=a relative of the bride]] had gathered for the ceremony, a
    relative of the bride said. [[Dozens of wounded|injured;n=wounded]] were taken by cart to
    the health centre in Douentza, {{60 km}} away. Human Rights Watch said it had verified
    [[22 deaths|killed;a=Human Rights Watch]] and called for an inquiry. The army said it had
    struck "a meeting of terrorists" and killed [[about 40|killed;a=The army]]. Relatives said
    [[at least five guests|missing;a=Relatives]] were still unaccounted for on
    {{Monday}}.""",
)

item(
    "Strike on weekly market in Timbuktu region kills traders",
    """A drone strike on the weekly market at Ber, east of Timbuktu, killed
    [[between 12 and 15 people|killed;a=local officials]], most of them traders, local
    officials said on {{Thursday}}. The strike destroyed [[about 30 stalls and
    shops|housing;a=local officials;n=stalls and shops;u=structure]] and
    [[six lorries|other;a=local officials]] loaded with goods, they said. The FLA
    said [[four of its fighters|killed;a=The FLA]] who were at the market were among the
    dead. [[Seventeen people|injured;a=a nurse at the local clinic]] were treated for burns
    and shrapnel wounds, a nurse at the local clinic said. Traders said
    [[more than 100 camels and goats|other;a=Traders;n=camels and goats]] were killed. The
    market draws [[up to 3,000 people|civilians;a=residents]] from the surrounding area,
    residents said.""",
)

item(
    "Human Rights Watch tallies deaths from army drones",
    """Drone strikes by Mali's army killed
    [[at least 180 civilians|killed;a=Human Rights Watch]] between {{2023}} and {{2025}},
    Human Rights Watch said in a report on {{Tuesday}}, based on interviews with
    [[more than 90 witnesses|other;a=Human Rights Watch]]. The group documented
    seventeen strikes on weddings, markets,
    funerals and water points. In the deadliest, [[40 people|killed;a=Human
    Rights Watch]] were killed at a wedding near Tinzaouaten, it said. The report also
    described the enforced disappearance of [[at least 50 people|missing;a=The report]]
    detained by soldiers and Russian fighters since {{2022}}. Mali's army operates
    [[about two dozen armed drones|other;a=the report]], according to the report,
    most of them Turkish Bayraktar {{TB2}} and Akinci models. The strikes also wounded
    [[between 150 and 200 people|injured;a=the group;alt=Human Rights Watch]], the group
    estimated. The government did not respond to questions.""",
)

item(
    "MINUSMA human rights division reports rise in violations",
    """MINUSMA's human rights division recorded
    [[489 civilians|killed;a=MINUSMA's human rights division]] killed in the first
    {{three months}} of {{2023}}, the mission said in its quarterly note. It attributed
    [[more than 200|killed;a=MINUSMA's human rights division]] of the deaths to the
    Islamic State Sahel Province and JNIM, and [[about 100|killed;a=MINUSMA's human
    rights division]] to the Malian army and "foreign military personnel". The division also
    recorded [[221 injured|injured;a=The division;alt=MINUSMA's human rights division]],
    [[157 abducted|kidnapped;a=The division;alt=MINUSMA's human rights division]] and
    [[74 people|arrested;a=The division;alt=MINUSMA's human rights division]] held in
    detention without due process. The mission said it had been denied access to
    [[at least 12 sites|other;a=The mission;alt=MINUSMA]] where violations were reported. The
    note was the last of its kind before the mission's departure.""",
)

item(
    "Bodies of men detained at Diafarabé market found near town",
    """Relatives of [[about 20 men|arrested;a=Relatives]] detained by soldiers at the weekly
    market in Diafarabé on {{May 12}} said they had found their bodies in a pit outside the
    town {{four days}} later. A local Fulani association said
    [[at least 22 men|killed;a=A local Fulani association]] had been killed and
    [[six others|missing;a=A local Fulani association]] were still missing. The army said it
    had opened an investigation and that several soldiers
    had been detained. Witnesses said the men had been tied up and loaded onto
    [[two military trucks|other;a=Witnesses]]. Since then, [[more than 1,000 people|displaced;a=OCHA]]
    have left Diafarabé, OCHA said. Aid agencies said they planned to deliver food to
    [[up to 800 households|aid;p;a=Aid agencies]] among them. [[Around 200 soldiers|combatants]]
    are based in the town.""",
)

item(
    "JNIM claims killing of over 100 soldiers in Boulkessi attack",
    """JNIM said its fighters had killed [[more than 100 soldiers|killed;a=JNIM]] and captured
    [[22|arrested;a=JNIM]] in an attack on the army camp at Boulkessi, near the Burkina Faso
    border, on {{June 1, 2025}}. The army confirmed the attack but said
    [[about 30 soldiers|killed;a=The army]] had died, and that it had killed
    [[41 assailants|killed;a=The army]] in the counter-attack. A soldier who escaped told
    AFP that the camp held [[around 400 men|combatants;a=A soldier who escaped]] and that
    [[dozens of them|missing;a=A soldier who escaped;n=-]] had fled into the bush. JNIM
    published images of [[more than 30 vehicles|other;a=JNIM]] and
    [[four armoured carriers|other;a=JNIM;u=other]] it said it had seized. Two days later,
    the army announced that it had withdrawn from the camp.""",
)

item(
    "Civilians on lorries to Algeria killed in convoy attack near Gao",
    """Gunmen attacked a convoy of civilian lorries heading from Gao to the Algerian border on
    {{February 7, 2025}}, killing [[at least 25 passengers|killed;a=a local official]], a local
    official said. The convoy of [[about 15 vehicles|other;a=a local official]] was
    under army escort, he said. Local rights groups said
    [[more than 30|killed;a=Local rights groups]] had died and
    [[dozens|injured;a=Local rights groups]] were wounded. The army blamed "terrorists" and
    said [[five lorries|other;a=The army]] were burned. Survivors said the attackers wore army
    uniforms. Among the dead were [[three gold miners|killed]] returning home and
    [[six members of one family|killed;n=members;u=person]].""",
)

item(
    "Timbuktu camp attacked by suicide bombers, civilians hurt",
    """Attackers in [[two vehicles|other]] packed with explosives struck the army
    camp at Timbuktu's airport on {{Monday}}, the army said. The army said
    [[13 assailants|killed;a=The army]] were killed and
    [[eight soldiers|injured;a=The army]] wounded. A doctor at the regional hospital said
    [[at least 11 civilians|injured;a=A doctor at the regional hospital]] were treated for
    injuries from flying glass and debris. The blasts damaged
    [[around 40 homes|housing;a=the municipality]] in the nearby Abaradjou district, according
    to the municipality, and destroyed [[three|housing;a=the municipality;u=structure]]. JNIM claimed the
    attack. Timbuktu, with [[about 55,000 inhabitants|civilians]], has been under blockade
    for {{two years}}.""",
)

item(
    "Politicians and activists held as junta dissolves parties",
    """Mali's junta dissolved all political parties by decree on {{May 13, 2025}}, and security
    services detained [[at least 10 opposition figures|arrested;a=Amnesty International]] in
    the following week, Amnesty International said. [[Two former prime ministers|arrested]]
    have been held since {{August}}. A lawyer for the detainees said
    [[five|arrested;a=A lawyer for the detainees]] had been charged with undermining the state.
    Reporters Without Borders said [[three journalists|arrested;a=Reporters Without
    Borders]] were in custody and [[two others|missing;a=Reporters Without Borders]] had
    disappeared after being taken by men in plain clothes. Police arrested [[dozens of protesters|arrested;a=Police]] at a rally in Bamako on
    {{May 3}}, and Amnesty said [[more than 100 activists|arrested;a=Amnesty]] had been
    detained since the {{2021}} coup. Under the new charter, Assimi Goïta
    was given a {{five-year}} mandate, renewable, from {{2025}}.""",
)

item(
    "Mass grave found near Nampala, residents say",
    """Residents of Nampala, near the Mauritanian border, said they had found a mass grave
    holding [[at least 30 bodies|killed;a=Residents of Nampala]], {{five weeks}} after soldiers
    detained [[dozens of herders|arrested;a=Residents of Nampala]] in the area. A
    relative said [[11 members of his family|missing;a=A relative;n=members;u=person]] had been taken. The
    National Human Rights Commission said it had sent
    a team of [[four investigators|other]] to the site. The army denied
    involvement and said [[18 terrorists|killed;a=The army]] had been killed in clashes there.
    [[About 40 homes|housing]] in nearby hamlets were burned the same week. About
    [[250 people|displaced;a=UNHCR]] from Nampala have since registered at Fassala,
    according to UNHCR.""",
)

item(
    "Convoy ambushed on the Sikasso road, drivers taken",
    """Gunmen ambushed a convoy of [[about 60 trucks|other;a=the transporters' union]] on the
    road between Sikasso and Bamako on {{Wednesday}}, burning
    [[at least 20 of them|other;a=the transporters' union;n=-;u=other]], the transporters' union said.
    The union said [[seven drivers|kidnapped;a=The union;alt=the transporters' union]] had
    been abducted and [[two|killed;a=The union;alt=the transporters' union]] shot dead. The
    army said its escort of [[some 50 soldiers|combatants;a=The army]] had repelled the
    attackers, killing [[eight|killed;a=The army]]. [[Four of the trucks|aid;a=the union;alt=the transporters' union]] were carrying food for
    the World Food Programme, the union said. [[Around 1,000 lorries a week|other]] use the
    corridor. It was the first attack on the southern corridor since JNIM declared its blockade in {{September}}.""",
)

item(
    "Gunmen attack wedding in Ségou region, abduct bride",
    """Gunmen on motorbikes attacked a wedding in the village of Sinzana in the Ségou region on
    {{Friday}} night, killing [[four guests|killed;a=the mayor]] and abducting the bride and
    [[11 other women|kidnapped;a=the mayor]], the mayor said. The attackers also took
    [[more than 200 cattle|other;a=the mayor]], he said. Residents said
    [[12 homes|housing;a=Residents]] were set on fire. By {{Sunday}},
    [[seven of the women|kidnapped;a=relatives;n=women]] had been freed, relatives said. A
    Dozo hunters' militia said it had sent [[30 men|combatants;a=A Dozo hunters' militia]]
    after the kidnappers. [[About 500 people|displaced]] fled to Ségou town.""",
)

item(
    "Mali, Burkina Faso and Niger leave ECOWAS",
    """Mali, Burkina Faso and Niger formally left the Economic Community of West African States
    on {{January 29, 2025}}, a year after announcing their departure. The three juntas formed
    the Alliance of Sahel States in {{September 2023}} and signed a confederation treaty in
    {{July 2024}}. They plan a joint force and a {{0.5%}} levy on imports from outside the
    alliance. ECOWAS said trade and free movement would continue for {{six months}} while terms
    were negotiated. Mali's economy grew by {{4.7%}} in {{2024}}, according to the IMF.""",
)

item(
    "Court sentences former officials in absentia",
    """A court in Bamako on {{Wednesday}} sentenced a former prime minister to
    {{10 years}} in prison in absentia for embezzlement linked to the purchase of a
    presidential aircraft in {{2014}}. The aircraft, a Boeing {{737}}, cost about
    {{$40 million}}. A former finance minister, now {{68}}, received {{seven years}}. The court
    ordered the two men to repay {{12 billion CFA francs}}. Their lawyers said they would
    appeal within the {{15-day}} deadline.""",
)
