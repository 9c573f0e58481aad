"""Rights groups' reports as news (Amnesty International, Human Rights Watch: killings,
detentions, executions of prisoners; 5 texts), and four statements with numbers but no figure
(an anniversary, a budget, a hotline, a commemoration)."""

from _wrap import item

item(
    "Libya: rights group says migrants held in 'inhuman' conditions as fighting nears",
    """Human Rights Watch says migrants and asylum seekers held in Libyan detention centres near
    the front line in Tripoli face torture, forced labour and the risk of being killed in air
    strikes. The group said it had interviewed [[61 detainees|arrested;a=The group;alt=Human
    Rights Watch]] held in [[four centres|other;a=The group;alt=Human Rights Watch]] run by the
    Tripoli-based government's anti-illegal migration department. Many of the centres are
    nominally under the government but in practice controlled by armed groups, the report said.
    An air strike on the Tajoura detention centre in July killed [[at least 50 people|killed]],
    most of them African migrants locked in a hangar. According to the International
    Organization for Migration, [[about 5,000 migrants|arrested;a=the International Organization
    for Migration]] are held in official detention centres across the country. [[More than 8,000
    migrants|other;a=the UN refugee agency]] have been intercepted at sea by the EU-backed
    Libyan coast guard and brought back to Libya this year, the UN refugee agency says. HRW
    researchers documented [[at least 12 deaths|killed;a=HRW researchers]] in custody from
    disease and lack of medical care. Guards at one centre fired on detainees who tried to
    escape during the fighting, killing [[at least three|killed;a=witnesses]], witnesses said.
    [[Hundreds of detainees|other]] fled when guards abandoned [[two centres|other]] in the
    south of the city in April. "No one should be locked in a hangar next to a weapons depot,"
    an HRW researcher said. The Tripoli government said it would investigate the allegations.""",
)

item(
    "Rights group says Ethiopian soldiers executed dozens of civilians in Amhara town",
    """Ethiopian soldiers summarily executed [[at least 45 civilians|killed;a=Human Rights
    Watch]] in a town in the Amhara region in January, after clashes with Fano militiamen, Human
    Rights Watch said in a report Thursday. The New York-based group said it had interviewed
    [[27 people|other;a=The New York-based group;alt=Human Rights Watch]], including witnesses
    and relatives of the victims, and analyzed [[a dozen videos|other;u=other;a=The New
    York-based group;alt=Human Rights Watch]] shared on social media. Residents told HRW that
    soldiers went house to house and dragged out young men, some {{as young as 17}}. Residents
    said the soldiers also detained [[more than 100 men|arrested;a=Residents]] and held them at
    a school for days. A {{70-year-old}} priest was among the dead, HRW said. [[Thousands of
    people|arrested;a=the Ethiopian Human Rights Commission]] have been detained under a state
    of emergency declared in {{August 2023}}, according to the Ethiopian Human Rights
    Commission. The Armed Conflict Location & Event Data Project, which tracks political
    violence, has recorded [[more than 1,000 civilians|killed;a=The Armed Conflict Location &
    Event Data Project]] killed in the Amhara conflict. A government spokesperson did not
    respond to requests for comment.""",
)

item(
    "Amnesty accuses Malian army and Russian allies of killings in central Mali",
    """Amnesty International says Malian soldiers and fighters of Russia's Africa Corps killed
    [[at least 50 civilians|killed;a=Amnesty International]] and detained
    [[dozens|arrested;a=Amnesty International]] in a series of raids in central and northern
    Mali between January and {{May 2025}}. In one incident in the Segou region, witnesses told
    Amnesty that soldiers took [[about 20 men|arrested;a=witnesses]] from a weekly market; [[12
    bodies|killed;a=witnesses]] were found days later near a military camp. Witnesses said
    [[between 15 and 20 vehicles|other;a=Witnesses]] took part in another raid. The organisation
    said it had interviewed [[33 people|other;a=The organisation;alt=Amnesty International]] by
    phone, because access to the area is restricted. Mali's junta, which seized power in coups
    in {{2020}} and {{2021}}, did not respond to a request for comment. The violence has pushed
    [[more than 250,000 Malian refugees|displaced;a=UNHCR]] into neighbouring Mauritania,
    according to UNHCR, [[over 110,000 of them|displaced;n=-;a=UNHCR]] in the Mbera camp.""",
)

item(
    "Venezuela: HRW says post-election crackdown killed at least 24",
    """Venezuelan security forces and armed pro-government groups known as colectivos killed
    [[at least 24 people|killed;a=Human Rights Watch]] during protests after the disputed {{July
    28}} presidential election, Human Rights Watch said on Wednesday. HRW said it had reviewed
    [[more than 30 videos|other;u=other;a=HRW]] and interviewed [[40 people|other;a=HRW]],
    including witnesses, relatives of victims and lawyers. Authorities have detained [[more than
    2,000 people|arrested;a=Foro Penal]], including [[more than 100 children|arrested;a=Foro
    Penal]], according to Foro Penal, a Venezuelan legal aid group. The attorney general's
    office put the number of arrests at [[more than 2,200|arrested;a=The attorney general's
    office]]. The government has accused those detained of terrorism and incitement to hatred.
    [[About 7.7 million Venezuelans|displaced;v=7700000;a=the UN]] have left the country since
    {{2014}}, according to the UN.""",
)

item(
    "Amnesty: executions of captured Ukrainian soldiers by Russian forces are rising",
    """Russian forces appear to have executed [[at least 79 Ukrainian soldiers|killed;a=Amnesty
    International]] who had surrendered or been captured, in [[24 separate
    incidents|other;u=other;a=Amnesty International]] since late {{2023}}, Amnesty International
    said on Tuesday. The rights group said it had analyzed [[12 videos|other;u=other;a=The
    rights group;alt=Amnesty International]] and interviewed [[five former prisoners|other;a=The
    rights group;alt=Amnesty International]] who witnessed killings. Ukraine's Prosecutor
    General's Office says it is investigating the killings of [[at least 245 prisoners of
    war|killed;n=prisoners of war;a=Ukraine's Prosecutor General's Office]]. According to
    Ukraine's Coordination Headquarters for the Treatment of Prisoners of War, [[more than 5,000
    Ukrainians|arrested;a=Ukraine's Coordination Headquarters for the Treatment of Prisoners of
    War]] are still held in Russian captivity, while [[more than 4,500|other;a=Ukraine's
    Coordination Headquarters for the Treatment of Prisoners of War]] have been brought home in
    exchanges. Moscow denies mistreating prisoners.""",
)

# Four statements with numbers but no figure.

item(
    "Red Cross urges states to make laws of war a 'political priority' on anniversary",
    """The International Committee of the Red Cross on Monday marked the {{75th anniversary}} of
    the Geneva Conventions, adopted on {{12 August 1949}}, with a call for governments to make
    respect for the rules of war a political priority. In a speech in Geneva, the ICRC's
    president said the world was living through the highest level of armed conflict since the
    end of the Second World War in {{1945}}. The organisation, founded in {{1863}}, has won the
    Nobel Peace Prize {{three times}}, in {{1917}}, {{1944}} and {{1963}}. It said its budget
    for {{2025}} would be cut to {{2.1 billion Swiss francs}}, {{about 10 percent}} less than
    this year.""",
)

item(
    "WFP tells staff funding will fall 40% this year",
    """The World Food Programme expects its funding to fall by {{40 percent}} in {{2025}}, to
    {{$6.4 billion}} from {{$9.8 billion}} last year, the agency told staff in an email on
    {{April 23}}. It said it would cut {{between 25 and 30 percent}} of its workforce, and noted
    that its budget had peaked at {{$14.1 billion}} in {{2022}}. WFP's executive director called
    the cuts the hardest decisions in the agency's {{64-year}} history. Country offices have
    been given {{two weeks}} to submit their plans.""",
)

item(
    "Kenya Red Cross opens cholera hotline for Nairobi's informal settlements",
    """The Kenya Red Cross Society has opened a toll-free line, {{1199}}, for residents of
    Nairobi's informal settlements to report suspected cholera. The society said the line would
    run {{24 hours}} a day and that callers could also reach its emergency desk on {{0700 395
    395}}. Anyone with watery diarrhoea should seek care within {{six hours}}, it said, and
    children {{under five}} should be given oral rehydration salts at once. The advisory follows
    heavy rains since {{March 15}} that flooded sewers in Mathare and Mukuru.""",
)

item(
    "Ten years after Kunduz strike, MSF renews call for independent inquiry",
    """Medecins Sans Frontieres on Friday marked {{10 years}} since a US airstrike destroyed its
    trauma hospital in the Afghan city of Kunduz on {{3 October 2015}}, renewing its call for an
    independent investigation. The charity reopened a smaller trauma centre in the city in
    {{2021}}, and a {{24-hour}} emergency room followed in {{2024}}. "A decade on, we still do
    not have the answers we asked for," MSF's international president said in a statement. The
    Pentagon concluded in {{2016}} that the strike was the result of human error and equipment
    failure.""",
)
