"""Children and armed groups: recruited, used, released and reunited; abducted, held, freed and
still missing (11 texts, all with figures)."""

from _wrap import item

item(
    "South Sudan faction begins freeing child soldiers, UNICEF says",
    """JUBA (Reuters) - A South Sudanese rebel faction began releasing child soldiers on Tuesday in
    what UNICEF called one of the largest demobilisations of children ever.
    [[About 1,800 boys|combatants;p;a=the UN children's agency]] are due to be freed by the Cobra
    Faction over the coming month, the UN children's agency said. The first [[280|combatants;n=-]]
    handed in their guns and uniforms at a ceremony in the village of Gumuruk in Jonglei state. The
    boys, {{aged 11 to 17}}, will receive counselling and schooling before being reunited with their
    families, said Jonathan Veitch, UNICEF's representative in South Sudan.
    [[Some 12,000 children|combatants;a=UNICEF]] have been recruited by government forces and rebels
    since fighting broke out in December {{2013}}, UNICEF estimates. The agency said it needed
    {{$10 million}} to support the released children for {{two years}}. UNICEF says
    [[more than 600 children|killed;a=UNICEF]] have been killed in the conflict and
    [[over 200 schools|housing;a=UNICEF]] damaged or destroyed. The fighting has forced
    [[more than 1.5 million people|displaced]] from their homes.""",
)

item(
    "Bandits abduct over 180 pupils, teachers from Sokoto school",
    """Gunmen in the early hours of Thursday invaded Government Secondary School, Gidan Bakuso, in
    Sokoto State and abducted [[at least 187 pupils|kidnapped;a=residents]] and
    [[nine teachers|kidnapped;a=residents]], residents told PREMIUM TIMES. The attackers arrived on
    [[more than 40 motorcycles|other]] and shot sporadically into the air as they herded the
    students into the bush. A teacher, Abubakar Sani, said [[15 pupils|kidnapped;a=Abubakar Sani]]
    escaped during the march and found their way back to the village. The school has
    [[over 600 students|other]] on its roll, most of them boarders. Governor Ahmed Aliyu ordered the
    immediate closure of [[32 boarding schools|other;p]] in the eastern part of the state.
    [[More than 1,680 students|kidnapped;a=SBM Intelligence]] have been abducted from schools in
    northern Nigeria since the seizure of [[276 schoolgirls|kidnapped;a=SBM Intelligence]] from
    Chibok in April {{2014}}, according to SBM Intelligence, a Lagos-based risk consultancy.
    Residents said [[dozens of families|displaced;a=Residents]] had since fled Gidan Bakuso for the
    state capital.""",
)

item(
    "Boko Haram returns abducted Dapchi schoolgirls",
    """KANO, Nigeria (AFP) - Boko Haram jihadists on Wednesday brought back
    [[101|kidnapped;n=-;a=the government]] of [[the 110 schoolgirls|kidnapped;a=the government]]
    they seized from their school in the northeastern town of Dapchi last month, the government
    said. Witnesses said the militants drove into the town in [[nine vehicles|other;a=Witnesses]],
    dropped the girls outside the school and left without a shot being fired. Information Minister
    Lai Mohammed said [[five of the girls|killed;a=Information Minister Lai Mohammed]] had died in
    captivity. Only [[one girl|kidnapped]], a Christian who refused to convert to Islam, was still
    being held. The abduction revived memories of Chibok, where
    [[more than 100 of the girls|missing]] seized in {{2014}} are still missing. UNICEF says
    [[more than 1,000 children|kidnapped;a=UNICEF]] have been abducted by Boko Haram in the
    northeast since {{2013}}.""",
)

item(
    "Central African Republic armed groups agree to free child soldiers",
    """BANGUI (Reuters) - Armed groups in Central African Republic agreed on Tuesday to free all the
    children in their ranks, whom UNICEF estimates at
    [[between 6,000 and 9,000|combatants;n=-;a=UNICEF]]. The deal, signed by leaders of the mainly
    Muslim Seleka alliance and the Christian anti-balaka militias at a reconciliation forum in
    Bangui, also commits them to stop recruiting children. UNICEF said
    [[312 children|combatants;a=UNICEF]], [[23 of them|combatants;n=-;a=UNICEF]] girls, had been
    handed over in the first release on Thursday, some {{as young as eight}}. Fighting since
    {{2013}} has killed [[thousands of people|killed]] and driven [[nearly 1 million|displaced;n=-]]
    from their homes. The agency said it needed {{$12.5 million}} to help the children go back to
    school and learn a trade.""",
)

item(
    "Colombian armed groups recruited hundreds of children in 2025: ombudsman",
    """BOGOTA (AFP) - Armed groups in Colombia recruited
    [[at least 409 children|combatants;a=the ombudsman's office]] last year, more than {{twice}} the
    number recorded in {{2023}}, the ombudsman's office said Wednesday. Most were Indigenous boys
    and girls from the southwestern department of Cauca, where dissidents of the former FARC
    guerrilla who rejected the {{2016}} peace deal fight for control of cocaine routes. Indigenous
    authorities in Cauca say [[at least five teenagers|killed;a=Indigenous authorities in Cauca]]
    who tried to desert were executed by their commanders. The army said Tuesday it had recovered
    [[17 minors|combatants;a=The army]] during an operation against a dissident front in the Micay
    canyon, the youngest {{aged 13}}. Since {{2017}}, the Colombian Family Welfare Institute has
    taken in [[about 1,600 children|combatants]] who left armed groups. Indigenous guards in Toribío
    said they had brought back [[23 children|combatants;a=Indigenous guards in Toribío]] from
    dissident camps this year, and [[two Indigenous leaders|killed]] who spoke out against
    recruitment were shot dead in March.""",
)

item(
    "Myanmar army releases 39 child soldiers",
    """YANGON (Reuters) - Myanmar's military discharged [[39 children and young
    people|combatants;n=children and young people;a=the United Nations]] from its ranks on Saturday,
    bringing to [[849|combatants;n=-;a=the United Nations]] the number released since the army
    signed a UN-backed action plan in June {{2012}}, the United Nations said. Many of those freed
    had been recruited {{under 18}} and only discharged after turning adults, the UN said. UN
    officials say the army still has [[hundreds of children|combatants;a=UN officials]] in its
    ranks, often lured from railway stations with promises of pay and food. The army said it had
    disciplined [[more than 380 officers and soldiers|other;n=officers and soldiers;a=The army]] for
    recruiting minors, [[at least 20 of them|arrested;n=-;a=The army]] jailed by military courts.
    The military is still named in the UN's annual report for recruiting and using children, as are
    several ethnic armed groups that have fought it since the {{1960s}}.""",
)

item(
    "In Ituri, children freed from militias face a hard road home",
    """BUNIA, Democratic Republic of Congo - UNICEF and its partners separated
    [[1,734 children|combatants;a=the agency;alt=UNICEF]] from armed groups in eastern Congo in the
    first {{six months}} of {{2023}}, according to the agency. Girls made up {{about 30%}} of them.
    Of those, [[1,102|returned;n=-]] have been reunited with their families; the others stay in
    [[four transit centres|capacity]] in Bunia and Beni while social workers trace their relatives.
    Jean-Paul Kisanga, a child protection officer with a local charity, estimates that
    {{one in three}} of the children he works with has been re-recruited at least once. Dieudonne,
    {{16}}, spent {{two years}} with the CODECO militia before walking out of the bush last spring.
    In February, a CODECO attack on a displacement camp in Djugu killed
    [[at least 60 people|killed]], [[25 of them|killed;n=-]] children. Many children go home to
    villages that no longer exist: [[more than 1.6 million people|displaced;a=OCHA;v=1600000]] are
    displaced in Ituri, according to OCHA.""",
)

item(
    "UN experts say Houthi child recruits died in Marib fighting",
    """[[More than 1,800 children|killed;a=UN sanctions monitors]] recruited by Yemen's Houthi
    rebels were killed on the battlefield between January {{2020}} and May {{2021}}, UN sanctions
    monitors said in a report to the Security Council. The panel of experts said the group ran
    summer camps where boys {{as young as seven}} were taught to handle weapons, and that
    [[tens of thousands of boys|other;a=The panel of experts]] had attended them. The Saudi-led
    coalition, which backs the government, says it has handed
    [[more than 400 captured child soldiers|combatants;a=The Saudi-led coalition]] to a
    rehabilitation centre in Marib. Doctors at a Marib hospital said they had treated
    [[14 wounded boys|injured;a=Doctors at a Marib hospital]] in a single week of fighting, some
    {{as young as 13}}. The Yemeni government's human rights ministry says it has recorded
    [[more than 30,000 children|combatants;a=The Yemeni government's human rights ministry]]
    recruited by the group since {{2014}}. The Houthis deny recruiting children. The United Nations
    verified the recruitment of [[more than 3,900 children|combatants;a=The United Nations]] by all
    parties between {{2015}} and {{2022}}.""",
)

item(
    "Gangs in Haiti are recruiting more children, UNICEF says",
    """PORT-AU-PRINCE, Haiti (AP) — Child recruitment by Haiti's gangs jumped {{70%}} last year,
    UNICEF said Monday, estimating that children now make up {{up to half}} of all gang members. The
    agency said [[more than 1.2 million children|civilians;a=The agency;alt=UNICEF;v=1200000]] live
    under the threat of armed violence, and that some boys are paid as little as {{$5}} a day to act
    as lookouts. Police said they arrested [[11 minors|arrested;a=Police]] in a raid on a gang
    stronghold in the Croix-des-Bouquets suburb last week, the youngest {{aged 14}}. Gang violence
    has displaced
    [[more than 1 million people|displaced;a=the International Organization for Migration]] in
    Haiti, the International Organization for Migration said this month, {{more than half}} of them
    children. UNICEF said it had helped [[150 children|combatants;a=UNICEF]] leave armed groups in
    {{2024}}. Last month gunmen killed [[at least 70 people|killed;a=the UN]], including
    [[10 children|killed;a=the UN]], in an attack on the town of Pont-Sondé, the UN said.""",
)

item(
    "Mozambique insurgents abducting children to fight, rights group says",
    """Insurgents linked to Islamic State in northern Mozambique have abducted
    [[hundreds of children|kidnapped;a=Human Rights Watch]], forcing boys to fight and girls to
    marry fighters, Human Rights Watch said on Monday. The group said it had documented the
    abduction of [[at least 160 children|kidnapped;a=The group;alt=Human Rights Watch]] between
    {{2020}} and {{2022}}, and that boys {{as young as 12}} were trained to use guns. Rwandan and
    Mozambican troops freed [[36 women and children|kidnapped;n=women and children;a=Rwanda's army]]
    in an operation in Macomia district last month, Rwanda's army said. The conflict in Cabo Delgado
    has killed [[more than 4,000 people|killed;a=Acled]] since {{2017}} and driven
    [[nearly 1 million|displaced;n=-;a=Acled]] from their homes, according to Acled, a monitoring
    group. Save the Children said [[more than 250 children|missing;a=Save the Children]] separated
    from their parents during attacks were still unaccounted for.""",
)

item(
    "Kurdish-led forces hand over Yazidi children freed from ISIL",
    """Kurdish-led forces in northeast Syria handed over [[25 Yazidi children|kidnapped]] to a
    delegation from Iraq's Yazidi community on Wednesday at the Fishkhabour border crossing. The
    children, {{aged between seven and 14}}, had been taken from the families of ISIL fighters held
    in al-Hol camp. ISIL, also known as ISIS, abducted [[more than 6,400 Yazidis|kidnapped;a=the
    Kurdistan Regional Government's office for kidnapped Yazidis]] when it overran Sinjar in August
    {{2014}}, according to the Kurdistan Regional Government's office for kidnapped Yazidis. The
    office says [[about 3,500|kidnapped;n=-;a=The office;alt=the Kurdistan Regional Government's
    office for kidnapped Yazidis]] have since been freed or rescued, [[1,200 of
    them|kidnapped;n=-;a=The office;alt=the Kurdistan Regional Government's office for kidnapped
    Yazidis]] children, while [[nearly 2,800|missing;n=-;a=The office;alt=the Kurdistan Regional
    Government's office for kidnapped Yazidis]] remain missing. [[Some 300,000 Yazidis|displaced]]
    still live in camps in Iraq's Kurdistan region.""",
)
