"""dev245 negatives: the parenting and home pages, their war words used loosely (other, politics,
economy, health)."""

NEGATIVES = [
    (
        "Bedtime battles: why toddlers fight sleep and how parents can call a truce",
        "Every evening at around seven, Hannah Rees in Cardiff braces for what she calls the "
        "nightly siege. Her two-year-old has learnt to climb out of his cot, and the standoff "
        "over bedtime can last until well past nine. Sleep specialists say the bedtime battle is "
        "one of the most common complaints they hear from parents of toddlers, and that it usually "
        "has less to do with defiance than with a child's growing need for control. “The worst "
        "thing you can do is turn it into a war you have to win,” said Dr Lucy Shrimpton, a "
        "paediatric sleep consultant. She recommends a predictable routine, dim lights an hour "
        "before bed and giving the child small choices, such as which pyjamas to wear. A survey "
        "of 2,000 UK parents by a baby-product retailer found that four in ten said bedtime was "
        "the most stressful part of their day. Rees says a sticker chart has brought a ceasefire "
        "of sorts. “Three nights out of five, he's asleep by half seven,” she said. “I'll take it.”",
        "other",
    ),
    (
        "Sibling rivalry: 'my children fight like cats and dogs, is that normal?'",
        "The question comes up at almost every parenting talk Rachel Ng gives in Singapore: why "
        "do brothers and sisters fight so much, and when should a parent step in? Ng, a family "
        "therapist, says squabbles over toys, seats in the car and the last dumpling are part of "
        "how children learn to negotiate. Studies suggest that young siblings clash several times "
        "an hour during play, though most rows are over in under a minute. Parents often make "
        "things worse by acting as judges, she said, because one child always leaves feeling "
        "unfairly treated. Instead she advises describing the problem and asking the children for "
        "solutions. Physical fights, name-calling that targets a child's weaknesses and one child "
        "always losing are signs that adults need to act. One mother of three at a recent "
        "workshop said her home felt like a war zone every weekend. “By Sunday night I'm the "
        "United Nations,” she said, to laughter.",
        "other",
    ),
    (
        "Father wins custody battle after four-year fight across two continents",
        "A father from Auckland has been awarded the day-to-day care of his two daughters after a "
        "custody fight that began when his former partner moved with the girls to Canada in 2019. "
        "The Family Court ruled that the children, now aged nine and 11, should live in New "
        "Zealand and spend school holidays with their mother in Vancouver. The judge said both "
        "parents loved the girls but that their education and friendships were rooted in Auckland. "
        "The case went through courts in both countries under the Hague Convention on child "
        "abduction, which requires children taken across borders without consent to be returned "
        "to their country of habitual residence. The father said the legal battle had cost him "
        "more than NZ$200,000. “It has been exhausting for everyone, most of all for the girls,” "
        "he said outside court. Family lawyers say cross-border disputes have become more common "
        "as more couples of different nationalities separate.",
        "other",
    ),
    (
        "From a boat to a bakery: the refugee couple who just celebrated their wedding in Leeds",
        "Ten years after they arrived in Britain as teenagers, Yonas and Selam were married on "
        "Saturday in a church hall in Leeds, with injera baked by the bride's own hands. The "
        "couple, who both fled Eritrea as children and met at an English class in 2016, now run a "
        "bakery in Harehills that sells sourdough alongside Eritrean breads. Around 150 guests "
        "attended, including the foster family that took Selam in when she was 16. “They told us "
        "to sit in the front row, like parents,” said the foster mother, Jean Barker. Yonas spent "
        "eight months in Libya before crossing the Mediterranean, a journey he rarely talks about. "
        "Their bakery now employs four people, two of them young refugees. The couple say they "
        "hope to start a family next year, and to take their children to Asmara one day. “The "
        "cake was three tiers,” Selam said. “I did not trust anybody else to do it.”",
        "other",
    ),
    (
        "The great cat war of Rosemary Lane ends with a garden fence and a truce",
        "For two years, residents of Rosemary Lane in Tunbridge Wells have been divided over a "
        "ginger tom called Biscuit, who, his critics say, uses their vegetable beds as a toilet "
        "and stalks the birds at their feeders. The dispute escalated this spring when one "
        "neighbour installed a motion-activated sprinkler and another accused him of targeting "
        "Biscuit with it. Mediation arranged by the borough council ended this week with an "
        "agreement: Biscuit's owners will pay towards a cat-proof fence topper and the sprinkler "
        "will be pointed at the lawn. “We've declared peace,” said Biscuit's owner, Margaret "
        "Hale, 74. Cats Protection says neighbour disputes over roaming cats are among the most "
        "common calls it receives. It recommends litter areas in the owner's garden and keeping "
        "cats in at night. Biscuit, asked for comment, went to sleep on a car bonnet.",
        "other",
    ),
    (
        "Toddler meltdowns in the supermarket: what the research says",
        "Most parents know the scene: a biscuit aisle, a refusal, and then a child flat on the "
        "floor, screaming. Researchers at the University of Minnesota who recorded more than 300 "
        "tantrums found that most last between half a minute and a minute and a half, and that "
        "the anger and sadness in them follow a predictable pattern. The advice from child "
        "psychologists is consistent: stay calm, keep the child safe, and do not give in to the "
        "demand that started it. Negotiating in the middle of a meltdown rarely works, said "
        "Professor Sarah Whitcombe of the University of Sydney, because the child is not yet able "
        "to listen. Afterwards, a hug and a short, simple conversation help. Parents in a Mumsnet "
        "thread compared their supermarket meltdowns to battle scenes, with one describing "
        "retreating to the car park “under heavy fire from a three-year-old”. Tantrums usually "
        "peak between the ages of two and three and become rarer after four.",
        "other",
    ),
    (
        "Australia's war on screen time: families prepare for social media ban for under-16s",
        "In the Nguyen household in western Sydney, the countdown has begun. When Australia's ban "
        "on social media accounts for under-16s takes effect in December, their 14-year-old "
        "daughter will lose her TikTok and Snapchat profiles, and her parents say they are "
        "relieved. The law, passed by parliament last year with support from both major parties, "
        "puts the onus on platforms to verify users' ages, with fines of up to A$49.5m for "
        "companies that fail to take reasonable steps. The government has framed it as a battle "
        "for children's mental health. Critics, including some youth advocates and digital rights "
        "groups, say teenagers will find workarounds and that the ban could cut off isolated young "
        "people from support. A poll published this month found that a majority of parents back "
        "the measure. “She's furious,” said Linh Nguyen. “But she'll be furious and sleeping "
        "more.”",
        "politics",
    ),
    (
        "MPs clash over phone ban in schools as parents' campaign grows",
        "A cross-party group of MPs has called for mobile phones to be banned in all schools in "
        "England by law, rather than left to head teachers' discretion. The call follows a "
        "campaign by a group of parents, Smartphone Free Childhood, which says more than 100,000 "
        "families have signed its pledge to delay giving children a smartphone until at least 14. "
        "The education secretary told the Commons that current guidance already allowed schools to "
        "stop phone use during the day and that statutory measures were not needed. Opposition MPs "
        "accused the government of dodging a fight with the tech companies. In a heated debate, "
        "one backbencher described the phone as “the enemy in every child's pocket”. Head "
        "teachers' unions have said most secondary schools already restrict phones but that "
        "enforcement is difficult without parental support. The campaign says it will keep "
        "pressing for a change in the law.",
        "politics",
    ),
    (
        "Should toy guns be banned? Lawmakers in the Philippines revive the debate",
        "A bill to ban the sale of realistic toy guns in the Philippines has been refiled in "
        "Congress, reviving an argument that returns every Christmas. Supporters say toy pistols "
        "and rifles that look like real weapons normalise violence and have led to dangerous "
        "mistakes, including cases in which police confronted children carrying replicas. Toy "
        "sellers in Manila's Divisoria market, where plastic rifles sell for a few hundred pesos, "
        "say the measure would hurt small traders. “Children have played soldiers for as long as "
        "there have been children,” said one stallholder. Child development specialists are "
        "divided, with some saying that pretend fighting is a normal part of play that helps "
        "children explore power and rules. A similar bill lapsed in the previous Congress without "
        "reaching a vote. The Department of Trade and Industry said it would study the proposal.",
        "politics",
    ),
    (
        "US childcare 'cliff' sets up battle in Congress as funding expires",
        "Parents and childcare providers across the United States are bracing for closures after "
        "pandemic-era federal funding for the sector expired at the end of September. Advocacy "
        "groups estimate that about 70,000 childcare programmes could close and more than three "
        "million children could lose their places. Democrats in Congress have proposed extending "
        "the money, while Republicans say states should use their own budgets. “This is a fight "
        "for working families,” one senator said at a press conference with parents holding "
        "toddlers. Providers say they cannot raise fees further without losing families, and "
        "that staff are leaving for better-paid jobs in retail. In Texas, a centre director said "
        "she had already cut one classroom. Economists warn that parents, especially mothers, "
        "could be forced to cut their hours. The White House has called on Congress to act "
        "before the budget deadline.",
        "politics",
    ),
    (
        "School-gate row: council plans to ban cars outside 40 primary schools",
        "Parents in Birmingham have been split by a city council plan to close the streets "
        "outside 40 primary schools to motor traffic at drop-off and pick-up times. The council "
        "says the so-called school streets will cut air pollution and make the walk to school "
        "safer, after a consultation in which most respondents backed the idea. Opponents, "
        "including some parents who drive to work after the school run, say the scheme will push "
        "traffic into nearby roads and punish families who have no choice. At one meeting in "
        "Kings Heath, the debate became so heated that the chair had to call a break. “It's not "
        "a war on drivers,” a council cabinet member said. Cameras will enforce the closures, "
        "with fines for drivers who enter without a permit. Residents and blue badge holders will "
        "be exempt. The first schools are due to join in September.",
        "politics",
    ),
    (
        "Supermarkets in formula price war as parents struggle with costs",
        "Britain's biggest supermarkets have cut the price of baby formula in what one analyst "
        "called the first price war in the category for a decade. The move follows a report by "
        "the competition watchdog which found that the price of some brands had risen by about a "
        "quarter in two years and that parents were paying for marketing rather than nutrition. "
        "All first infant formula sold in the UK must meet the same nutritional standards. "
        "Charities say some parents have been watering down formula to make it last, which can "
        "harm babies. One retailer knocked £2 off a 800g tub of a leading brand, and others "
        "matched the cut within days. Campaigners want the government to allow stores to accept "
        "loyalty points and gift cards for formula, which is currently restricted. “Every pound "
        "matters to a family on a tight budget,” said a spokesperson for a baby bank in Bristol.",
        "economy",
    ),
    (
        "Indian wedding season: families fight rising costs as gold hits record",
        "For the Sharma family of Jaipur, the battle over their daughter's wedding budget has been "
        "fought on a spreadsheet. Gold prices at record highs have pushed up the cost of the "
        "jewellery that brides traditionally receive, and venues in Rajasthan's wedding hotspots "
        "are booked out for the most auspicious dates. The Confederation of All India Traders "
        "estimates that about 4.8 million weddings will take place in the season between "
        "November and December, generating spending of around ₹6 trillion. Planners say families "
        "are cutting guest lists, switching to lighter jewellery and spreading functions over "
        "fewer days. “Earlier, 800 guests was normal,” said a planner in Udaipur. “Now people ask "
        "me how to do 300 without offending anyone.” Some couples are opting for registered "
        "marriages followed by a single reception. The Sharmas have settled on 450 guests and one "
        "sangeet night instead of two.",
        "economy",
    ),
    (
        "Nappy wars: discount brands win over parents as prices climb",
        "Own-label nappies are winning a growing share of Europe's baby aisle as families look "
        "for savings, according to market research firm NielsenIQ. Discount supermarkets such as "
        "Aldi and Lidl have expanded their ranges, and a consumer test by Germany's Stiftung "
        "Warentest rated several of their nappies as good as or better than branded rivals. Big "
        "manufacturers have responded with promotions and multi-buy deals, in what retail analysts "
        "have called the nappy wars. A family with one baby typically goes through around 4,000 "
        "nappies before the child is toilet trained. Some parents have switched to reusable cloth "
        "nappies, which cost more at the start but less over time, and several councils offer "
        "vouchers towards them. “I used to think the brand mattered,” said Julia Weber, a mother "
        "in Cologne. “Now I buy whatever is on offer that week.”",
        "economy",
    ),
    (
        "Measles: parents urged to check children's jabs before the new school year",
        "Health officials in England have urged parents to check that their children are up to "
        "date with the MMR vaccine after a rise in measles cases, particularly in London and the "
        "West Midlands. The UK Health Security Agency said there had been more than 1,000 "
        "laboratory-confirmed cases so far this year, and that most were in children under ten "
        "who had not been vaccinated. Uptake of the second MMR dose has fallen below 85% "
        "nationally, well short of the 95% needed to stop outbreaks. GP surgeries are offering "
        "catch-up jabs, and some areas have set up pop-up clinics in schools, mosques and "
        "community centres. One mother in Birmingham whose son spent four days in hospital said "
        "she had delayed his jab during the pandemic and then forgotten. “I thought measles was "
        "something from the old days,” she said. Doctors warn that measles can cause pneumonia "
        "and, in rare cases, brain swelling.",
        "health",
    ),
    (
        "New RSV jab for pregnant women cuts baby hospital admissions, study finds",
        "A vaccine given to pregnant women against respiratory syncytial virus has sharply cut "
        "the number of newborns admitted to hospital with the infection, according to early "
        "results from Scotland. RSV causes coughs and colds in most people but can be serious for "
        "babies, and it fills paediatric wards every winter. Researchers found that infants whose "
        "mothers were vaccinated were about 70% less likely to need hospital care in their first "
        "months. The jab is offered from 28 weeks of pregnancy through maternity services and GP "
        "practices. Midwives say take-up has been uneven, and that some women are wary of any "
        "vaccine during pregnancy. “We tell them it is about protecting the baby in the months "
        "when it is most vulnerable,” one midwife in Glasgow said. Public health officials hope "
        "that the programme will ease pressure on children's hospitals this winter.",
        "health",
    ),
    (
        "Chickenpox jab to be added to childhood schedule, ending 'pox party' era",
        "Children in the UK will be offered a chickenpox vaccine as part of the routine "
        "immunisation schedule from next year, the government has announced. The jab will be "
        "combined with the MMR vaccine and given at 12 and 18 months. Many parents have long "
        "treated chickenpox as a rite of passage, with some arranging so-called pox parties to "
        "get it over with while children are young. Doctors say the disease is usually mild but "
        "can cause serious complications, including skin infections and pneumonia, and that "
        "thousands of children are admitted to hospital with it every year. The United States, "
        "Germany and Australia have vaccinated against chickenpox for years. Parents who spoke to "
        "the BBC were mostly welcoming. “I spent a week off work with each of my three,” said one "
        "father in Leeds. “If my youngest can skip that, brilliant.”",
        "health",
    ),
]
