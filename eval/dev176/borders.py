"""Children on the move: unaccompanied and separated children at borders, at sea and in camps,
babies born in camps, orphans evacuated, children repatriated, and the sieges of Marawi and
Nagorno-Karabakh (11 texts with figures, 1 without)."""

from _wrap import item

item(
    "Border agents overwhelmed by surge of children traveling alone",
    """McALLEN, Texas (AP) — Border Patrol agents have caught [[more than 52,000 unaccompanied
    children|displaced;a=the Department of Homeland Security]] crossing the Mexican border since
    October, {{double}} the number of a year earlier, the Department of Homeland Security says.
    Officials expect [[as many as 90,000|displaced;p;n=-;a=Officials]] by the end of the fiscal year
    in September. Agents have also stopped
    [[about 39,000 family units|displaced;u=household;a=Agents]], mostly mothers with young
    children. Most come from Honduras, Guatemala and El Salvador, and some are {{as young as 4}}. By
    law the children must be handed to the Department of Health and Human Services within
    {{72 hours}}, but its shelters are full, and the government has opened emergency shelters at
    [[three military bases|capacity;u=structure]]. Lackland Air Force Base in San Antonio alone can
    house [[up to 1,200 children|capacity]]. The White House has asked Congress for {{$3.7 billion}}
    to deal with the surge.""",
)

item(
    "Greece flies unaccompanied children off Lesbos after Moria fire",
    """Greek authorities have flown [[about 400 unaccompanied minors|displaced]] from Lesbos to the
    mainland after fire destroyed the Moria camp, which had housed
    [[more than 12,000 people|displaced]] in a facility built for [[about 2,800|capacity;n=-]].
    Germany said it would take in [[up to 150|displaced;p;n=-;a=Germany]] of the children, and
    several other EU countries have offered places. The migration minister, Notis Mitarakis, said a
    temporary camp being built on a former firing range would hold
    [[5,000 people|capacity;p;a=The migration minister]]. Police arrested
    [[five Afghan asylum seekers|arrested]], [[two of them|arrested;n=-]] minors, on suspicion of
    starting the fire. Médecins Sans Frontières said its clinic near the burned camp had treated
    [[more than 120 children|injured;a=Médecins Sans Frontières]] in a week, many for dehydration
    and skin infections.""",
)

item(
    "Record number of children cross Darién Gap, UNICEF says",
    """PANAMA CITY (AP) — [[More than 110,000 children|displaced;a=UNICEF]] crossed the jungle of
    the Darién Gap on foot in {{2023}}, a record, UNICEF said Tuesday, {{half of them}}
    {{under the age of five}}. The agency said
    [[more than 4,500 children|displaced;a=The agency;alt=UNICEF]] arrived at reception centres in
    Panama unaccompanied or separated from their families. In total,
    [[over 520,000 people|displaced;a=Panama's migration service]] made the crossing last year,
    according to Panama's migration service. At the peak in August,
    [[as many as 3,000 people a day|displaced]] were coming out of the jungle. Doctors Without
    Borders said it had treated [[676 people|injured;a=Doctors Without Borders]] who were sexually
    assaulted on the route. Panamanian authorities recovered the bodies of
    [[at least 36 migrants|killed]] in the jungle, including [[five children|killed]].""",
)

item(
    "Some 45,000 babies to be born in Rohingya camps this year: charity",
    """COX'S BAZAR, Bangladesh (Reuters) - [[About 45,000 babies|displaced;p;a=Save the Children]]
    will be born this year in the crowded camps that shelter Rohingya refugees in Bangladesh, or
    [[about 120 a day|displaced;p;n=-;a=Save the Children]], Save the Children said on Thursday. The
    camps now hold [[more than 900,000 Rohingya|displaced]], including
    [[more than 700,000|displaced;n=-]] who fled a military crackdown in Myanmar's Rakhine state in
    August {{2017}}. {{More than half}} of them are children, and UNICEF has identified
    [[more than 6,000 unaccompanied and separated children|displaced;a=UNICEF]]. Only {{18%}} of
    births in the camps take place in a health facility, the charity said. Aid groups are racing to
    move [[about 200,000 refugees|displaced;p]] who live on hillsides at risk of landslides before
    the monsoon.""",
)

item(
    "Children of al-Hol: growing up in Syria's most dangerous camp",
    """Al-Hol camp in northeast Syria holds [[about 48,000 people|displaced;a=the UN]],
    {{two thirds}} of them children, according to the UN. Save the Children says
    [[about 19,000 of the camp's children|displaced;a=Save the Children]] are
    {{under the age of 12}}. The Kurdish-led authorities remove boys from the camp when they turn
    {{12}}, and rights groups say [[at least 700 boys|arrested;a=rights groups]] are held in
    so-called rehabilitation centres and in adult prisons. Iraq has brought home
    [[more than 9,000 of its citizens|returned]] from the camp since {{2021}}, and this month a
    flight took [[another 160 children|returned]] home to Kyrgyzstan. [[Five children|killed]] died
    when a fire swept through tents in the camp's annex last month.
    [[More than 100 people|killed;a=the UN]] were murdered in the camp in {{2021}}, the UN said.""",
)

item(
    "At Adré, Sudanese children arrive alone",
    """ADRÉ, Chad - [[More than 600,000 Sudanese refugees|displaced;a=UNHCR]] have crossed into
    eastern Chad since April {{2023}}, {{nearly 90%}} of them women and children, according to
    UNHCR. UNHCR and UNICEF have registered
    [[more than 5,000 unaccompanied or separated children|displaced;a=UNHCR and UNICEF]] at the
    border; [[about 1,300 of them|returned;n=-]] have been reunited with relatives. Médecins Sans
    Frontières said its hospital in Adré admitted
    [[2,800 children|injured;a=Médecins Sans Frontières]] with severe acute malnutrition between
    January and June. [[Eight children|killed]] died in one week in June at the transit site, which
    was built for [[15,000 people|capacity]] and now holds [[more than 200,000|displaced;n=-]].
    "They arrive with nothing, sometimes carrying a younger brother," a UNICEF worker said.""",
)

item(
    "Orphans evacuated from Ukraine as millions flee",
    """PRZEMYSL, Poland (AFP) - A train carrying
    [[112 children|displaced;a=the Polish interior ministry]] from orphanages in Zaporizhzhia
    arrived in Przemysl on Sunday, the Polish interior ministry said.
    [[About 1.5 million children|displaced;a=UNICEF;v=1500000]] have fled Ukraine since Russia
    invaded on {{February 24}}, UNICEF said. Before the war Ukraine had
    [[about 91,000 children|civilians;a=UNICEF]] living in orphanages and boarding institutions,
    {{half of them}} with disabilities, according to UNICEF. Poland has taken in
    [[more than 1.8 million refugees|displaced;v=1800000]] and Moldova
    [[about 360,000|displaced;n=-]]. In Kyiv, volunteers said
    [[about 20 babies|displaced;a=volunteers]] born to surrogate mothers were stranded in a basement
    shelter, waiting for foreign parents who could not reach them.""",
)

item(
    "Italy struggles to house unaccompanied minors as arrivals soar",
    """ROME (Reuters) - [[More than 11,600 unaccompanied minors|displaced;a=the interior ministry]]
    have reached Italy by sea this year, the interior ministry said. On Lampedusa, the reception
    centre, built for [[about 400 people|capacity]], held [[more than 6,000|displaced;n=-]] on
    Wednesday after [[some 120 boats|other]] arrived in {{24 hours}}. Save the Children said
    [[about 600 children|displaced;a=Save the Children]] were among them, some kept there
    {{for more than a week}}. Italy's reception system has space for
    [[about 6,000 children|capacity]] travelling alone, and towns have been asked to find
    [[2,000 more places|capacity;p;u=other]] by December. A new decree allows minors
    {{aged 16 and 17}} to be housed in adult centres for up to {{90 days}}.""",
)

item(
    "Ethiopia's Tigray conflict: Children arrive alone in Sudan camps",
    """[[More than 45,000 Ethiopians|displaced;a=the UN refugee agency]] have fled into Sudan since
    fighting began in Tigray on {{4 November}}, the UN refugee agency says. Among them are
    [[hundreds of children|displaced]] who crossed the Tekeze river without their parents. At Um
    Rakuba camp, which had stood empty for {{20 years}}, aid workers have registered
    [[about 470 unaccompanied children|displaced;a=aid workers]]. The camp can hold
    [[about 20,000 people|capacity]]. Sudanese officials expect
    [[up to 200,000 refugees|displaced;p;a=Sudanese officials]] in the next {{six months}}. Save the
    Children said [[five babies|displaced;a=Save the Children]] had been born in the {{first week}}
    at the Hamdayet transit centre.""",
)

item(
    "Children bear the brunt as Marawi siege drags on",
    """ILIGAN, Philippines (Reuters) -
    [[More than 350,000 people|displaced;a=the social welfare department]] have fled Marawi and
    nearby towns since Islamic State-linked militants seized parts of the city on {{May 23}}, the
    social welfare department said, {{about 40%}} of them children.
    [[About 22,000 people|displaced]] are crowded into [[78 evacuation centres|capacity]], where
    health officials have recorded [[59 deaths|killed;a=health officials]] from diarrhoea,
    dehydration and other illnesses. The military says
    [[about 300 civilians|civilians;a=The military]] remain trapped in the battle zone, many of them
    children. A military spokesman said troops had captured
    [[two teenage fighters|combatants;a=A military spokesman]], {{aged 14 and 16}}, who had been
    recruited by the Maute group. UNICEF said it had set up
    [[45 temporary learning spaces|aid;u=structure;a=UNICEF]] for
    [[about 4,000 displaced children|aid;a=UNICEF]]. The fighting has killed
    [[more than 500 people|killed]], including [[45 civilians|killed]].""",
)

item(
    "Children among tens of thousands fleeing Nagorno-Karabakh",
    """GORIS, Armenia - [[More than 100,000 people|displaced;a=the Armenian government]] have
    crossed into Armenia from Nagorno-Karabakh since Azerbaijan's lightning offensive, the Armenian
    government said on Sunday. UNICEF estimates that [[about 30,000 children|displaced;a=UNICEF]]
    are among them. An explosion at a fuel depot near Stepanakert, where people were queueing for
    petrol to flee, killed [[at least 170 people|killed]] and injured [[about 300|injured;n=-]].
    Karabakh's ombudsman said the offensive itself had killed
    [[at least 200 people|killed;a=Karabakh's ombudsman]], including
    [[10 children|killed;a=Karabakh's ombudsman]]. In Goris, [[nine schools|capacity]] have been
    turned into reception points, and the government says it has found housing for
    [[about 12,000 families|displaced;a=the government]]. Each refugee is to receive
    {{100,000 drams}}, about {{$250}}.""",
)

item(
    "Home Office loses appeal over age checks on child asylum seekers",
    """The Home Office has lost a court of appeal case over the way it decides the age of young
    people who arrive alone in Britain. The boy at the centre of the case says he was {{16}} when he
    landed in Dover in {{2022}} after {{a week}} in a camp near Calais, but officials judged him to
    be {{23}} after an interview that lasted {{less than an hour}}. He spent {{nine months}} in an
    adult hotel before a local authority took him in. The Refugee Council says {{more than half}} of
    those it helped challenge an adult assessment in {{2023}} were later found to be children.
    Ministers want to use X-rays of teeth and wrists, a method doctors say is accurate only to
    within {{two years}}.""",
)
