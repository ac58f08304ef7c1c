"""Common English given names by sex, so "Mrs. Clinton" goes to Hillary rather than Bill and
"she" to the woman (Citron and GGT use name lists the same way). Names not listed give no sex."""
from __future__ import annotations

# more given names common in news (short forms too: "Tom", "Jeff", "Liz"), none a frequent family name, place or
# English word; "she" after "Governor Tom Fox and Mayor Ann Lee" is the mayor only when "Tom" has a sex
COMMON_MALE = """
abdullah adrian ahmad ahmed alejandro alexei alfred allan andre andrei andy angelo angus antonin antonio arturo
barney barry bashar benny bernard bob brad brent brett buddy carlos charlie clarence colin craig dan danny darrell
darren derek deval diego dmitry don doug dustin dwayne dwight dylann ed eddie edgar ehud eli elliot enrique evan
federico felipe fernando francisco frankie fred freddie fumio geoff gerhard gideon giovanni giuseppe glenn gonzalo
greg gregg hamid hank hans heinz helmut howie hugo humayun ian ibrahim igor isaac jacques jaime jake jared javier
jeff jeffery jerald jerome jim jimmie jimmy joel joey johnny jon jorge josh josé julian julius junichiro jürgen ken
kenny khizr klaus kurt laurence lenny leonard lonnie lou luigi luis luke lyndon mahmoud malcolm marcel mario marty
marvin massimo matt max matteo maurice melvin menachem merrick mickey miguel mikhail mohamed mohammed moshe muhammad
mustafa naftali narendra nate neil nick nicolas nigel nikolai olaf oleg oliver osama pablo paolo pavel pedro pete
phil pierre rafael rahm ramon recep reggie reginald ricardo ricky rishi rob robby roberto rodrigo ron ronnie rory
rudolph russ sadiq sammy sebastian sergei sergey sergio seth sheldon sherrod shimon shinzo silvio stan steve stu
stuart tad teddy theodore tim timmy tobias toby todd tom tommy trevor trey victor viktor vince wally walt wes wilbur
wolfgang woodrow xavier yitzhak yuri yusuf zach
"""
COMMON_FEMALE = """
agnes alicia amandla angie annamaria anne ayanna barb becky bernadette beth betsy billie bonnie brigid carly carole
caroline cassandra cathy celia charlene cindy claire clara claudia colleen connie constance darlene deb delores
dolores edith eileen elaine eleanor elise ellie erica erin esther ethel eva faiza farhana felicia fiona geraldine
gilda gretchen gwen harriet hilda ilhan ingrid irene ivana jacinda jackie jane jeanette jeannie jen jenn jenny jill
joanna joanne joni josephine juanita justine kara karla katharine kathy katrina kelli kelsey kristen kristin kristina
kristy lael laurie laverne libby lillian liz lorraine louella louisa luciana lucille lucy lydia mabel madeline
madonna maggie marcia margo marian marianne marjorie marlene martina maryanne maureen meg melanne melba meredith mika
mildred miranda molly mona monica monika myra nadia naomi natasha nina nora norma olga paige pam patti paula peggy
phyllis polly pramila priscilla rachael rashida renee rhonda rita roberta robyn rosalind rosemary roxanne sadie sally
selma serena shannon sheila sherry shonda sofia sonja sonya sue susanne susie suzanne suzy tabitha tamara tanya tess
thelma tina tracee tracy trudy valentina valerie vanita veronica vicki viola virgie vivian wanda wendy wilma yasmin
yolanda yvonne zeynep zoe
"""

# session 25: common given names of international and US news that the lists above missed (a named person with
# no title who says nothing is kept only by a known given name: "Fox News' Bret Baier asked", "Marcus Rashford
# scored"); left out are those that are also frequent family names, places or words (Lee, Graham, Dean, Cameron,
# Milan, Chad, Santiago, Faith, Drew, Jan)
MORE_MALE = """
abbas abdel abdirahman abdou abdul abdulaziz abiy ahmet akira aleksander aleksandr alec alessandro alexandre alexandru
alberto alfonso ali alonso alvaro amin amir amit anders andreas andrej andriy antoine anton ari armando arsenio arun
axel bart basem benoit bjorn brendan bret bruno carsten cedric cesar christoph christophe claude clemens clint clive
cody colby conor connor corey cory cristian damian damien dario darius declan demetrius denis derrick desmond devin
dieter dimitri dimitrios dmitri domingo dominic dominik donovan dragan eamon edmund eduardo edwin efrain egon elias
emeka emil emilio enrico enver erik ernesto esteban evgeny fabian fabio faisal farid felix ferdinand filip florian
francesco francois françois frederic frederick friedrich gareth gaurav gavin gennady georg georgios gerard gerardo
gianni gilberto giorgio gunnar gustavo hakan hamish harald heinrich hendrik hiroshi hosni hussein ignacio ilya ioannis
ivan ivica jamal jamie jasper javed jay jens jeremiah jerrold jesús joachim joaquin johan johann johannes jonas josef
juergen jurgen karim karl kasim kazuo keir kelvin kemal kenji kieran kofi konstantin konstantinos kwame lachlan lamar
lars laszlo leon leonardo leonid lester liam lucian ludwig lukas magnus manfred manuel marc marcello marcin marcus
marek mariano marius markus martin mateo mathieu matthias mauricio maxim maxime mehmet michel mikael miroslav mohammad
moussa murat nabil nasser nathaniel niall nikhil niklas nikola nikolaos nils norbert olivier olusegun orrin oscar
osvaldo otto pascal patrice pavlo pieter piotr quentin rafal rahul raj rajesh ramón raphael rashid raul raúl reinhard
rené reza rodolfo rolf romain ruben rudolf rupert rustam saad salman sam samir sanjay saul sebastián sergiy shahid
shaun shawn shinjiro sigmar simon stanislav stefan stefano stephane stéphane steny sunil sven takeshi tariq terrence
thabo thad thierry thorsten tomas tomasz tony torsten tyrone ulrich uwe valdis valentin vasily vikram vinay vitaliy
vladislav waleed walid werner wilfried willem yahya yannick yaroslav yasser yevgeny yoshihide youssef zbigniew
zoran
"""
MORE_FEMALE = """
aaliyah adriana agnieszka aisha alana alejandra alessandra alexandra alexia alina alison allison amal amelia amira ana
anastasia angelica angelika anika anja anke annalena annette annika antonia ariana astrid ayesha beatrice beatriz
belinda bianca birgit brigitte brooke bridget camila camille carina cecilia celine chantal chiara christa christiane
clarissa corinne cristina dagmar dana daniela delphine dominique dorota eliza elisa elisabeth elke ellen elsa emilia
emine erika esperanza eugenia fatima fatma francesca franziska gabriela gabriele gabrielle gayle giorgia giulia greta
gudrun hana hanna heidi helena helga henrietta hilary ilse imogen ines inga irina isabelle jasmine jenna jessie
johanna josefina juliet justyna kaja karin karina karoline kate katarina katarzyna kateryna katja katrin katy kemi
kirsty krisztina larissa lena leonie leticia liesbeth lindsay liv lorena lorna lotte luisa lucia lucie lyudmila
magdalena maja malgorzata marcela margarita margit margrethe marisa marisol marit marla marta martine mathilde matilda
maryam mazie mette mia milena miriam mirjam monique nadine natalia nathalie nicola nicoletta norah noura olena oksana
paola patrizia patty pauline petra pilar rania rebeca regine renata rosa roxana sabine sandrine sanna shabana shelley
silvia simona simone sinead siobhan sophie susanna sylvia tamika tatiana tatyana tessa tricia ulrike vanessa vera
vicky viktoria yulia yvette zainab zara
"""

FEMALE_NAMES = frozenset(("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan
cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail
julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte
rose alexis kayla hillary nikki condoleezza sonia ruth elena kamala nancy elizabeth maxine tulsi kellyanne huma
hope katie megyn oprah michele madeleine loretta janet susana jeanne dianne marsha gina priya lina sarah jennifer
carla leah anita melania ivanka chelsea sabrina sheryl ursula angela theresa marine christine kirsten tammy debbie
""" + COMMON_FEMALE + MORE_FEMALE).split())
MALE_NAMES = frozenset(("""
james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark donald
steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry
gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie
alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis bill barack bernie ted marco
jeb mitt mike chris rand newt rick ben reince mitch harry chuck lindsey rudy dick al joe hunter vladimir xi kim
boris emmanuel justin volodymyr benjamin antony lloyd roger jack howard kevin robert jensen omar dave leo kirk
""" + COMMON_MALE + MORE_MALE).split())


def sex_of(first_name: str) -> str | None:
    low = first_name.lower().rstrip(".")
    if low in FEMALE_NAMES and low not in MALE_NAMES:
        return "f"
    if low in MALE_NAMES and low not in FEMALE_NAMES:
        return "m"
    return None


__all__ = ["FEMALE_NAMES", "MALE_NAMES", "sex_of"]
