"""Business and jobs: job cuts, store closures, a strike at two airports, a recall, factory
lay-offs, bank branches, a rail lockout, and one markets item without a figure."""

from _wrap import item

item(
    "Kessler to cut 4,000 German jobs as electric demand stalls",
    """
    Autowerk Kessler said on Tuesday it would cut [[about 4,000 jobs|other;u=other;p;a=Autowerk Kessler]]
    in Germany by the end of {{2027}}, the latest sign of strain in the country's car industry.
    Most of the cuts will fall on its plants in Zwickau and Emden, which employ
    [[some 21,000 people|other;a=the company;alt=Autowerk Kessler]] between them, the company
    said. The IG Metall union said [[more than 9,000 workers|other;a=The IG Metall union]] had
    joined warning strikes at [[11 sites|other;a=The IG Metall union]] on Monday, and it
    threatened longer stoppages before Christmas. Works council head Anja Lorenz said
    [[about 1,200 temporary workers|other;p;a=Works council head Anja Lorenz]] would be the
    first to go, as their contracts run out in the spring. "People who built this company are
    being asked to pay for management's mistakes," she said. Production of its compact SUV
    will move to its plant in Slovakia, which employs [[about 6,500 people|other]]. The group delivered [[1.9 million vehicles|other]] worldwide
    in {{2024}}, among them [[about 310,000 electric cars|other]], less than {{half}} its
    target, and its operating margin shrank to {{4.1%}} from {{6.8%}} a year earlier. Its
    shares closed down {{2.3%}} at {{€61.40}} in Frankfurt. Germany's car industry employed
    [[about 780,000 people|other;a=the VDA industry association]] at the end of {{2024}},
    according to the VDA industry association. Suppliers have announced
    [[more than 30,000 job cuts|other;u=other]] since the start of {{2023}}.
    """,
)

item(
    "Brightwell Home to close 47 stores after administration",
    """
    Brightwell Home will close [[47|other;u=structure;n=-;p;a=administrators]] of its
    [[212 stores|other;u=structure;a=administrators]] in Britain by the end of March,
    administrators said on Thursday, a week after the homeware chain collapsed under rising
    rents and weak spending. The closures put [[about 1,300 jobs|other;u=other;p]] at risk, on
    top of [[140 head office roles|other;u=other]] cut in January. The remaining
    [[165 shops|other;a=the administrators]] will keep trading while a buyer is sought, the
    administrators said, and gift cards will be honoured until {{February 28}}. Founded in Leeds
    in {{1978}}, the chain had [[4.2 million loyalty-card holders|other]] and annual sales of
    {{£390 million}} at its peak in {{2016}}. It is the {{third}} homeware retailer to fail this
    year.
    """,
)

item(
    "Ground staff walkout grounds flights at Frankfurt and Munich",
    """
    A one-day strike by ground staff at Frankfurt and Munich airports on Wednesday forced
    Germany's largest carrier to cancel [[more than 1,000 flights|other;a=the airline]],
    affecting [[about 130,000 passengers|other;a=the airline]], the airline said. The Verdi
    union, which represents [[some 25,000 ground workers|other]] at the carrier, wants a pay
    rise of {{12.5%}} over {{12 months}} and an extra day of holiday. At Frankfurt,
    [[hundreds of travellers|other;a=an airport spokeswoman]] spent the night on camp beds set up
    in {{Terminal 1}}, an airport spokeswoman said. Management called the strike an
    "unnecessary escalation" and said it had offered {{10%}} over {{24 months}} plus a one-off
    payment of {{€3,000}}. Talks resume on {{March 14}}, and the union has not ruled out further
    walkouts before the Easter holidays.
    """,
)

item(
    "Harumi recalls 1.1 million US vehicles over blank camera screens",
    """
    Harumi Motor said on Friday it was recalling
    [[about 1.1 million vehicles|other;a=Harumi Motor]] in the United States because a software
    fault can leave the rear-view camera screen blank when the driver reverses. The recall
    covers {{2021}} to {{2024}} models of its Aoba sedan and Kumo crossover, according to a
    filing with the National Highway Traffic Safety Administration. The company said it knew of
    [[three crashes|other;u=other;a=The company;alt=Harumi Motor]] and
    [[two injuries|injured;a=The company;alt=Harumi Motor]] linked to the fault, but of no
    deaths. Dealers will update the software free of charge, and owners will be notified by
    letter from {{November 20}}. Harumi recalled [[about 240,000 pickups|other]] in August over
    a fuel pump that could fail at speed. Its shares slipped {{1.2%}} in Tokyo.
    """,
)

item(
    "Shoe factory in Vietnam to lay off 2,800 as Western orders dry up",
    """
    A Taiwanese-owned footwear maker in Dong Nai province will lay off
    [[2,800 workers|other;p;a=provincial labour officials]] from {{April 1}}, provincial labour
    officials said on Monday, as orders from European and American sportswear brands keep
    falling. The factory employed [[more than 12,000 people|other]] at its peak in {{2021}} and
    had already shed [[about 1,500 jobs|other;u=other]] last year. Nationwide,
    [[about 400,000 workers|other;a=the labour ministry]] lost their jobs or had their hours cut
    in the first quarter of {{2023}}, most of them in textiles, footwear and electronics,
    according to the labour ministry. Workers at the plant earn about {{7.5 million dong}}
    ({{$315}}) a month, and those laid off will receive one month's pay for each year worked.
    Dong Nai is home to [[32 industrial parks|other;u=other]] and
    [[some 1.2 million factory workers|other]].
    """,
)

item(
    "Southern Cross Bank to shut 58 regional branches",
    """
    Southern Cross Bank will close
    [[58 branches|other;u=structure;p;a=the lender;alt=Southern Cross Bank]] in regional New
    South Wales and Queensland over the next {{six months}}, the lender said on Wednesday,
    citing a {{40%}} drop in counter transactions since {{2019}}.
    [[About 220 staff|other;p;a=Southern Cross Bank]] will be offered jobs in its call centres
    or other branches, and there will be no forced redundancies, it said. The Finance Sector
    Union said [[more than 1,400 branches|other;u=structure;a=The Finance Sector Union]] had
    closed in regional Australia in the past {{five years}}. In Gunnedah, a town of
    [[about 10,000 people|civilians]], the nearest branch will now be an hour's drive away. A
    Senate inquiry into regional banking received [[more than 370 submissions|other;u=other]]
    last year.
    """,
)

item(
    "Rail lockout halts freight across Canada",
    """
    Canada's two biggest railways locked out
    [[about 9,300 engineers, conductors and yard workers|other;n=engineers, conductors and yard workers]]
    early on Thursday, {{August 22}}, after contract talks with the Teamsters union collapsed,
    halting freight worth about {{C$1 billion}} a day. Grain shippers said
    [[more than 1,500 railcars|other;u=other;a=Grain shippers]] of wheat and canola were stuck in
    yards in Saskatchewan and Manitoba. Metrolinx said it had suspended
    [[three commuter lines|other;u=other;a=Metrolinx]] in the Toronto area that run on CPKC
    track and are used by [[about 32,000 people a day|other;a=Metrolinx]]. The labour minister
    asked the industrial relations board on Friday to impose binding arbitration, a move the
    union called an attack on the right to strike. Businesses had warned that a stoppage of
    more than {{a week}} would leave [[thousands of containers|other;p;a=Businesses]] piling up at the ports of
    Vancouver and Montreal.
    """,
)

item(
    "Chipmaker's shares jump after record quarter",
    """
    Shares of Taiwan's biggest contract chipmaker rose {{6.2%}} to {{NT$1,085}} on Friday after
    it reported third-quarter net profit of {{NT$325.3 billion}}, up {{54%}} from a year
    earlier. The gross margin reached {{57.8%}}, above the company's guidance of
    {{55.5% to 57.5%}}. Chips made on its {{3-nanometre}} process accounted for {{20%}} of wafer
    revenue, and those for artificial intelligence servers for about {{a quarter}}. The
    benchmark TAIEX index closed up {{312.4 points}}, or {{1.4%}}, at {{22,935}}. The company
    will hold its next earnings call on {{January 16}}, {{2025}}.
    """,
)
